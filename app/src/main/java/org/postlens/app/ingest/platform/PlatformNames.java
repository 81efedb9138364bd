package org.postlens.app.ingest.platform;

import java.net.URI;
import java.util.Locale;

/**
 * The platform namespace of a post's id, from a host name ({@code twitter.com}, {@code www.tiktok.com}): the same
 * names the other readers use, so a tweet captured by Zeeschuimer and found again in an X archive is one post.
 */
final class PlatformNames {

    private PlatformNames() {
    }

    static String fromHost(String host, String otherwise) {
        if (host == null || host.isBlank()) {
            return otherwise;
        }
        String lower = host.toLowerCase(Locale.ROOT).replaceFirst("^(www|m|mobile|web)\\.", "");
        if (lower.equals("twitter.com") || lower.equals("x.com")) {
            return TweetFields.PLATFORM;
        }
        if (lower.equals("t.me") || lower.equals("telegram.org")) {
            return TelegramExportReader.PLATFORM;
        }
        int dot = lower.lastIndexOf('.');
        return dot > 0 ? lower.substring(lower.lastIndexOf('.', dot - 1) + 1, dot) : lower;
    }

    static String fromUrl(String url, String otherwise) {
        if (url == null || url.isBlank()) {
            return otherwise;
        }
        try {
            return fromHost(URI.create(url.strip()).getHost(), otherwise);
        } catch (IllegalArgumentException e) {
            return otherwise;
        }
    }
}
