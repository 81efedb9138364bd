package org.postlens.app.ingest;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Column names commonly used for each post field, most specific first. */
final class ColumnAliases {

    private static final Map<PostField, List<String>> ALIASES = new EnumMap<>(Map.ofEntries(
            Map.entry(PostField.ID, List.of("id", "id_str", "post_id", "tweet_id", "message_id", "uuid")),
            // full_text before text: in Twitter exports "text" may be the truncated version
            Map.entry(PostField.TEXT, List.of("full_text", "text", "content", "message", "body", "caption", "tweet",
                    "post_text")),
            Map.entry(PostField.CREATED_AT, List.of("created_at", "date", "timestamp", "time", "datetime",
                    "published", "published_at", "posted_at", "created_utc")),
            Map.entry(PostField.AUTHOR, List.of("author", "user", "username", "screen_name", "user.screen_name",
                    "user_name", "handle", "from", "account", "channel")),
            Map.entry(PostField.URL, List.of("url", "link", "permalink", "post_url")),
            Map.entry(PostField.LIKES, List.of("likes", "like_count", "favorite_count", "favourites", "reactions",
                    "public_metrics.like_count")),
            Map.entry(PostField.SHARES, List.of("shares", "share_count", "retweet_count", "retweets", "reposts",
                    "forwards", "public_metrics.retweet_count")),
            Map.entry(PostField.REPLIES, List.of("replies", "reply_count", "comments", "comment_count",
                    "public_metrics.reply_count")),
            Map.entry(PostField.VIEWS, List.of("views", "view_count", "impressions", "impression_count",
                    "public_metrics.impression_count")),
            Map.entry(PostField.LANG, List.of("lang", "language", "locale")),
            Map.entry(PostField.IMAGES, List.of("images", "image", "image_path", "image_url", "media", "media_url",
                    "photo", "picture", "attachments"))));

    private ColumnAliases() {
    }

    static List<String> of(PostField field) {
        return ALIASES.get(field);
    }
}
