package org.postlens.app.domain;

import java.util.Locale;

/**
 * A post's link to another post, as the export named the target.
 *
 * @param targetSourceId the target's id as the platform writes it; {@code null} when the export names only its
 *                       author (an X archive writes a retweet as "RT @name: …" without the original's id)
 * @param targetAuthor   the target's author when the export names it, else {@code null}
 */
public record PostLink(Kind kind, String targetPlatform, String targetSourceId, String targetAuthor) {

    public enum Kind {
        REPLY_TO, REPOST_OF, QUOTE_OF;

        /** The name stored in the project and printed by the command line: {@code reply_to}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind fromCode(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    public PostLink {
        targetPlatform = targetPlatform == null ? "" : targetPlatform;
        if (targetSourceId == null && targetAuthor == null) {
            throw new IllegalArgumentException("a link needs its target's id or author");
        }
    }
}
