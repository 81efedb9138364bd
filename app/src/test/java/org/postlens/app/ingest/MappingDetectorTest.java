package org.postlens.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class MappingDetectorTest {

    @Test
    void twitterApiLikeJsonColumns() {
        List<String> columns = List.of("created_at", "id", "id_str", "full_text", "lang", "user.id",
                "user.name", "user.screen_name", "user.url", "retweet_count", "favorite_count", "reply_count",
                "entities.hashtags", "entities.media", "quoted_status.text");

        FieldMapping mapping = MappingDetector.detect(columns);

        assertThat(mapping.columns()).containsOnly(
                entry(PostField.ID, "id"),
                entry(PostField.TEXT, "full_text"),
                entry(PostField.CREATED_AT, "created_at"),
                entry(PostField.AUTHOR, "user.screen_name"),
                entry(PostField.LIKES, "favorite_count"),
                entry(PostField.SHARES, "retweet_count"),
                entry(PostField.REPLIES, "reply_count"),
                entry(PostField.LANG, "lang"),
                entry(PostField.IMAGES, "entities.media"));
        assertThat(mapping.platform()).isEqualTo("twitter");
        assertThat(mapping.zoneForLocalTimes()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void twitterV2PublicMetrics() {
        FieldMapping mapping = MappingDetector.detect(List.of("id", "text", "author_id", "created_at",
                "public_metrics.like_count", "public_metrics.retweet_count", "public_metrics.reply_count",
                "public_metrics.impression_count"));

        assertThat(mapping.column(PostField.LIKES)).contains("public_metrics.like_count");
        assertThat(mapping.column(PostField.SHARES)).contains("public_metrics.retweet_count");
        assertThat(mapping.column(PostField.REPLIES)).contains("public_metrics.reply_count");
        assertThat(mapping.column(PostField.VIEWS)).contains("public_metrics.impression_count");
        assertThat(mapping.platform()).isEqualTo("twitter");
    }

    @Test
    void genericCsvColumnsIgnoringCase() {
        FieldMapping mapping = MappingDetector.detect(List.of("Post_ID", "Message", "Date", "Username", "Link",
                "Likes", "Shares", "Comments", "Views", "Language", "Image_Path", "Notes"));

        assertThat(mapping.columns()).containsOnly(
                entry(PostField.ID, "Post_ID"),
                entry(PostField.TEXT, "Message"),
                entry(PostField.CREATED_AT, "Date"),
                entry(PostField.AUTHOR, "Username"),
                entry(PostField.URL, "Link"),
                entry(PostField.LIKES, "Likes"),
                entry(PostField.SHARES, "Shares"),
                entry(PostField.REPLIES, "Comments"),
                entry(PostField.VIEWS, "Views"),
                entry(PostField.LANG, "Language"),
                entry(PostField.IMAGES, "Image_Path"));
        assertThat(mapping.platform()).isEmpty();
    }

    @Test
    void dottedSuffixMatchesWhenNothingMatchesExactly() {
        FieldMapping mapping = MappingDetector.detect(List.of("post.body", "post.meta.date", "user.url", "x"));

        assertThat(mapping.column(PostField.TEXT)).contains("post.body");
        assertThat(mapping.column(PostField.CREATED_AT)).contains("post.meta.date");
        assertThat(mapping.column(PostField.URL)).as("an author's home page is not the post's link").isEmpty();
    }
}
