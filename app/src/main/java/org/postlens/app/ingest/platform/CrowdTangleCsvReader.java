package org.postlens.app.ingest.platform;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postlens.app.ingest.ReaderOptions;
import org.postlens.app.ingest.SourceRecord;
import org.postlens.app.ingest.TimestampParser;

/**
 * Reads a CrowdTangle CSV export (Facebook pages and groups, or Instagram accounts): the post's URL is its id,
 * "Post Created" carries its zone as an abbreviation ("2021-03-01 10:05:00 EST"), counts may have thousands
 * separators; the text is "Message" (Facebook) or "Description" (Instagram). Image links are remembered, never
 * fetched. Every column, "Total Interactions" and the reactions included, stays in the raw record.
 */
final class CrowdTangleCsvReader extends CsvPlatformReader {

    private static final Pattern CREATED = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2} \\d{1,2}:\\d{2}(?::\\d{2})?)\\s+(\\S+)$");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd H:mm[:ss]", Locale.ROOT);

    private final ZoneId zoneForLocalTimes;

    CrowdTangleCsvReader(Path file, ReaderOptions options, ZoneId zoneForLocalTimes) throws IOException {
        super(file, options);
        this.zoneForLocalTimes = zoneForLocalTimes;
    }

    /** A CrowdTangle export's header names its post time and its interaction total. */
    static boolean recognises(List<String> header) {
        return header.contains("Post Created") && header.contains("Total Interactions") && header.contains("URL");
    }

    @Override
    public PlatformFormat format() {
        return PlatformFormat.CROWDTANGLE_CSV;
    }

    @Override
    PlatformItem map(SourceRecord row, String label) {
        PostFields post = new PostFields(label, row.recordNumber(), row.line(), rawJson(row), row.rawText());
        String url = first(row, "URL");
        post.platform = platform(url, row);
        post.sourceId = url;
        post.url = url;
        post.text = first(row, "Message", "Description", "Title", "Image Text", "Link Text");
        post.createdAt = created(row, post);
        post.authorName = first(row, "Page Name", "Account", "Name");
        post.author = first(row, "User Name", "Facebook Id");
        if (post.author == null) {
            post.author = post.authorName;
        }
        post.likes = count(row, post, "Likes");
        post.shares = count(row, post, "Shares");
        post.replies = count(row, post, "Comments");
        post.views = count(row, post, "Post Views", "Views", "Total Views");
        String photo = first(row, "Photo");
        if (photo == null && "Photo".equalsIgnoreCase(first(row, "Type"))) {
            photo = first(row, "Link");
        }
        if (photo != null && photo.startsWith("http")) {
            post.media.add(ExportMedia.remote(photo));
        }
        return post.toItem();
    }

    private static String platform(String url, SourceRecord row) {
        String host = "";
        try {
            host = url == null ? "" : Optional.ofNullable(URI.create(url).getHost()).orElse("");
        } catch (IllegalArgumentException e) {
            // an odd URL still identifies the post; the platform then comes from the columns
        }
        if (host.endsWith("instagram.com")) {
            return "instagram";
        }
        if (host.endsWith("facebook.com") || row.fields().containsKey("Page Name")) {
            return "facebook";
        }
        return row.fields().containsKey("Account") ? "instagram" : "crowdtangle";
    }

    private Instant created(SourceRecord row, PostFields post) {
        String created = first(row, "Post Created");
        if (created == null) {
            String date = first(row, "Post Created Date");
            String time = first(row, "Post Created Time");
            created = date == null ? null : time == null ? date : date + " " + time;
        }
        if (created == null) {
            return null;
        }
        Matcher zoned = CREATED.matcher(created);
        if (zoned.matches()) {
            Optional<java.time.ZoneOffset> offset = ZoneAbbreviations.offset(zoned.group(2).toUpperCase(Locale.ROOT));
            try {
                LocalDateTime local = LocalDateTime.parse(zoned.group(1), LOCAL);
                if (offset.isPresent()) {
                    return local.atOffset(offset.get()).toInstant();
                }
                Optional<ZoneId> region = region(zoned.group(2));
                if (region.isPresent()) {
                    return local.atZone(region.get()).toInstant();
                }
                post.warn("unknown time zone '" + zoned.group(2) + "' in Post Created; read in " + zoneForLocalTimes.getId());
                return local.atZone(zoneForLocalTimes).toInstant();
            } catch (DateTimeParseException e) {
                // fall through to the general date reader
            }
        }
        Optional<Instant> parsed = TimestampParser.parse(created, zoneForLocalTimes);
        if (parsed.isEmpty()) {
            post.warn("could not read the date in Post Created: \"" + created + "\"");
        }
        return parsed.orElse(null);
    }

    /** "+0100", "America/New_York" and the like. */
    private static Optional<ZoneId> region(String zone) {
        try {
            return Optional.of(ZoneId.of(zone.matches("[+-]\\d{4}") ? zone.substring(0, 3) + ":" + zone.substring(3)
                    : zone));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
