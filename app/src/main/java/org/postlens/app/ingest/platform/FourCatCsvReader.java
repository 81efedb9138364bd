package org.postlens.app.ingest.platform;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.postlens.app.ingest.ReaderOptions;
import org.postlens.app.ingest.SourceRecord;
import org.postlens.app.ingest.TimestampParser;

/**
 * Reads a dataset exported from 4CAT as CSV: every data source writes {@code id}, {@code thread_id},
 * {@code body}, {@code author} and {@code timestamp} (UTC), most also {@code unix_timestamp},
 * {@code author_fullname} and counts under their platform's names. The platform comes from the post URL.
 * 4CAT's CSV names the users a post replies to, not the posts, so links come from its NDJSON instead.
 */
final class FourCatCsvReader extends CsvPlatformReader {

    FourCatCsvReader(Path file, ReaderOptions options) throws IOException {
        super(file, options);
    }

    static boolean recognises(List<String> header) {
        return header.containsAll(List.of("id", "thread_id", "body", "author", "timestamp"));
    }

    @Override
    public PlatformFormat format() {
        return PlatformFormat.FOURCAT_CSV;
    }

    @Override
    PlatformItem map(SourceRecord row, String label) {
        PostFields post = new PostFields(label, row.recordNumber(), row.line(), rawJson(row), row.rawText());
        post.url = first(row, "url", "tiktok_url", "link", "permalink");
        post.platform = PlatformNames.fromUrl(post.url, "4cat");
        post.sourceId = first(row, "id");
        post.text = first(row, "body", "subject");
        String unix = first(row, "unix_timestamp");
        String created = unix != null ? unix : first(row, "timestamp");
        if (created != null) {
            post.createdAt = TimestampParser.parse(created, ZoneOffset.UTC).orElse(null);
            if (post.createdAt == null) {
                post.warn("could not read the date: \"" + created + "\"");
            }
        }
        post.author = first(row, "author", "author_username");
        post.authorName = first(row, "author_fullname", "author_full", "author_name");
        post.likes = count(row, post, "likes", "like_count", "score");
        post.shares = count(row, post, "retweets", "shares", "reposts", "forwards");
        post.replies = count(row, post, "replies", "comments", "num_replies", "num_comments");
        post.views = count(row, post, "views", "plays", "play_count");
        post.lang = JsonValues.language(first(row, "lang", "language", "language_guess"));
        String images = first(row, "images", "image_url", "thumbnail_url");
        if (images != null) {
            for (String image : images.split(",")) {
                if (image.strip().startsWith("http")) {
                    post.media.add(ExportMedia.remote(image.strip()));
                }
            }
        }
        return post.toItem();
    }
}
