package org.postlens.app.ingest.platform;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postlens.app.domain.PostLink;
import org.postlens.app.ingest.TimestampParser;

/**
 * Reads a tweet in Twitter's v1.1 shape, which both X archives and the {@code legacy} part of the web app's
 * GraphQL (as Zeeschuimer captures it) use: {@code full_text} or older {@code text}, counts written as strings,
 * reply and quote ids, retweets that only say "RT @name:", and media under {@code extended_entities} or
 * {@code entities}.
 */
final class TweetFields {

    static final String PLATFORM = "twitter";

    private static final Pattern RETWEET = Pattern.compile("^RT @(\\w{1,50}):");
    private static final Pattern STATUS_URL = Pattern.compile(
            "^https?://(?:www\\.|mobile\\.)?(?:twitter|x)\\.com/(\\w{1,50})/status(?:es)?/(\\d+)");

    /** Where a tweet's media come from: files in an archive, or only remembered URLs. */
    interface MediaPlacement {
        ExportMedia place(PostFields post, JsonNode media);
    }

    private TweetFields() {
    }

    static void read(JsonNode tweet, PostFields post, MediaPlacement placement) {
        post.platform = PLATFORM;
        post.sourceId = JsonValues.text(tweet, "id_str", "id");
        post.text = JsonValues.text(tweet, "full_text", "text");
        String created = JsonValues.text(tweet, "created_at");
        if (created != null) {
            post.createdAt = TimestampParser.parse(created, ZoneOffset.UTC).orElse(null);
            if (post.createdAt == null) {
                post.warn("could not read the date in created_at: \"" + created + "\"");
            }
        }
        post.likes = JsonValues.count(tweet, "favorite_count");
        post.shares = JsonValues.count(tweet, "retweet_count");
        post.replies = JsonValues.count(tweet, "reply_count");
        post.lang = JsonValues.language(JsonValues.text(tweet, "lang"));
        readLinks(tweet, post);
        readMedia(tweet, post, placement);
    }

    private static void readLinks(JsonNode tweet, PostFields post) {
        String replyTo = JsonValues.text(tweet, "in_reply_to_status_id_str", "in_reply_to_status_id");
        if (replyTo != null) {
            post.links.add(new PostLink(PostLink.Kind.REPLY_TO, PLATFORM, replyTo,
                    JsonValues.text(tweet, "in_reply_to_screen_name")));
        }
        String retweetedId = JsonValues.text(tweet, "retweeted_status.id_str",
                "retweeted_status_result.result.rest_id", "retweeted_status_result.result.tweet.rest_id");
        Matcher retweet = RETWEET.matcher(post.text == null ? "" : post.text);
        if (retweetedId != null || retweet.find()) {
            String author = retweet.find(0) ? retweet.group(1) : null;
            post.links.add(new PostLink(PostLink.Kind.REPOST_OF, PLATFORM, retweetedId, author));
        }
        String quoted = JsonValues.text(tweet, "quoted_status_id_str");
        String quotedAuthor = null;
        for (JsonNode url : tweet.path("entities").path("urls")) {
            Matcher status = STATUS_URL.matcher(url.path("expanded_url").asText(""));
            if (status.find() && (quoted == null || quoted.equals(status.group(2)))) {
                quoted = status.group(2);
                quotedAuthor = status.group(1);
            }
        }
        if (quoted != null && !quoted.equals(post.sourceId)) {
            post.links.add(new PostLink(PostLink.Kind.QUOTE_OF, PLATFORM, quoted, quotedAuthor));
        }
    }

    private static void readMedia(JsonNode tweet, PostFields post, MediaPlacement placement) {
        JsonNode media = tweet.path("extended_entities").path("media");
        if (!media.isArray() || media.isEmpty()) {
            media = tweet.path("entities").path("media");
        }
        for (JsonNode item : media) {
            ExportMedia placed = placement.place(post, item);
            if (placed != null) {
                post.media.add(placed);
            }
        }
    }

    /** The last part of a media URL, e.g. {@code DpPQ2lMW0AEbK4U.jpg}. */
    static String fileName(String url) {
        String path = url.replaceFirst("[?#].*$", "");
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
