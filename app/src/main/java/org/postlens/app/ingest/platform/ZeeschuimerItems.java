package org.postlens.app.ingest.platform;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.postlens.app.domain.ImageRef;
import org.postlens.app.domain.PostLink;
import org.postlens.app.ingest.FieldMapping;
import org.postlens.app.ingest.JsonFlattener;
import org.postlens.app.ingest.MappedRecord;
import org.postlens.app.ingest.MappingDetector;
import org.postlens.app.ingest.PostField;
import org.postlens.app.ingest.RecordMapper;
import org.postlens.app.ingest.SourceRecord;
import org.postlens.app.ingest.TimestampParser;

/**
 * Maps the {@code data} of one Zeeschuimer item, as the platform's web app sent it: X/Twitter (a GraphQL tweet
 * result), TikTok and Instagram by their known fields; any other platform by column names, like a JSON file.
 * Media are remembered by URL: Zeeschuimer captures no files.
 */
final class ZeeschuimerItems {

    private ZeeschuimerItems() {
    }

    static void read(String sourcePlatform, String itemId, JsonNode data, PostFields post) {
        post.platform = PlatformNames.fromHost(sourcePlatform, "zeeschuimer");
        switch (post.platform) {
            case TweetFields.PLATFORM -> tweet(data, post);
            case "tiktok" -> tiktok(data, post);
            case "instagram" -> instagram(data, post);
            default -> other(data, post);
        }
        if (post.sourceId == null) {
            post.sourceId = itemId;
        }
    }

    private static void tweet(JsonNode data, PostFields post) {
        JsonNode result = data.has("tweet") && data.path("legacy").isMissingNode() ? data.path("tweet") : data;
        JsonNode legacy = result.path("legacy");
        TweetFields.read(legacy.isObject() ? legacy : result, post, (fields, media) -> {
            String url = JsonValues.text(media, "media_url_https", "media_url");
            return url == null ? null : ExportMedia.remote(url);
        });
        if (post.sourceId == null) {
            post.sourceId = JsonValues.text(result, "rest_id");
        }
        String longText = JsonValues.text(result, "note_tweet.note_tweet_results.result.text");
        if (longText != null) {
            post.text = longText;
        }
        JsonNode user = result.path("core").path("user_results").path("result");
        post.author = JsonValues.text(user, "core.screen_name", "legacy.screen_name");
        post.authorName = JsonValues.text(user, "core.name", "legacy.name");
        post.views = JsonValues.count(result, "views.count");
        if (post.sourceId != null) {
            post.url = "https://x.com/" + (post.author == null ? "i/web" : post.author) + "/status/" + post.sourceId;
        }
    }

    private static void tiktok(JsonNode data, PostFields post) {
        post.sourceId = JsonValues.text(data, "id");
        post.text = JsonValues.text(data, "desc");
        post.createdAt = epochSeconds(JsonValues.text(data, "createTime"), post);
        post.author = JsonValues.text(data, "author.uniqueId", "author");
        post.authorName = JsonValues.text(data, "author.nickname", "nickname");
        post.likes = JsonValues.count(data, "stats.diggCount", "statsV2.diggCount");
        post.shares = JsonValues.count(data, "stats.shareCount", "statsV2.shareCount");
        post.replies = JsonValues.count(data, "stats.commentCount", "statsV2.commentCount");
        post.views = JsonValues.count(data, "stats.playCount", "statsV2.playCount");
        post.lang = JsonValues.language(JsonValues.text(data, "textLanguage"));
        if (post.author != null && post.sourceId != null) {
            post.url = "https://www.tiktok.com/@" + post.author + "/video/" + post.sourceId;
        }
        String cover = JsonValues.text(data, "video.cover", "video.originCover");
        if (cover != null) {
            post.media.add(ExportMedia.remote(cover));
        }
        String duetOf = JsonValues.text(data, "duetInfo.duetFromId");
        if (duetOf != null && !duetOf.equals("0")) {
            post.links.add(new PostLink(PostLink.Kind.QUOTE_OF, "tiktok", duetOf, null));
        }
    }

    private static void instagram(JsonNode data, PostFields post) {
        post.sourceId = JsonValues.text(data, "id", "pk");
        post.text = JsonValues.text(data, "caption.text");
        post.createdAt = epochSeconds(JsonValues.text(data, "taken_at"), post);
        post.author = JsonValues.text(data, "user.username", "owner.username");
        post.authorName = JsonValues.text(data, "user.full_name", "owner.full_name");
        post.likes = JsonValues.count(data, "like_count");
        post.replies = JsonValues.count(data, "comment_count");
        post.views = JsonValues.count(data, "play_count", "view_count");
        String code = JsonValues.text(data, "code");
        if (code != null) {
            post.url = "https://www.instagram.com/p/" + code + "/";
        }
        JsonNode candidates = data.path("image_versions2").path("candidates");
        if (candidates.isArray() && !candidates.isEmpty()) {
            String url = JsonValues.text(candidates.get(0), "url");
            if (url != null) {
                post.media.add(ExportMedia.remote(url));
            }
        }
    }

    /**
     * Another platform: its fields are found by name, as in a JSON file. Only image URLs are kept: a path in
     * captured data must not make Postlens read a file from this computer.
     */
    private static void other(JsonNode data, PostFields post) {
        if (!data.isObject()) {
            return;
        }
        Map<String, String> fields = JsonFlattener.flatten(data);
        FieldMapping mapping = MappingDetector.detect(List.copyOf(fields.keySet()))
                .withColumn(PostField.PLATFORM, null);
        MappedRecord mapped = new RecordMapper(mapping, null, "").map(new SourceRecord(1, 1, fields, ""));
        if (mapped.draft() == null) {
            return;
        }
        var draft = mapped.draft();
        post.sourceId = mapping.column(PostField.ID).isPresent() ? draft.sourceId() : null;
        post.text = draft.text();
        post.createdAt = draft.createdAt();
        post.author = draft.author();
        post.url = draft.url();
        post.likes = draft.likes();
        post.shares = draft.shares();
        post.replies = draft.replies();
        post.views = draft.views();
        post.lang = draft.lang();
        for (ImageRef image : draft.images()) {
            if (image instanceof ImageRef.RemoteUrl remote) {
                post.media.add(ExportMedia.remote(remote.url()));
            }
        }
    }

    private static Instant epochSeconds(String value, PostFields post) {
        if (value == null) {
            return null;
        }
        Instant instant = TimestampParser.parse(value, ZoneOffset.UTC).orElse(null);
        if (instant == null) {
            post.warn("could not read the date: \"" + value + "\"");
        }
        return instant;
    }
}
