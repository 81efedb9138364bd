package org.postlens.app.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.postlens.app.domain.PostQuery;
import picocli.CommandLine.Option;

/** The table's filters as command-line options, turned into a {@link PostQuery}. */
public final class PostFilterOptions {

    @Option(names = "--search", paramLabel = "WORDS", description = "Full-text search (all words must match; \"quoted phrase\"; prefix*).")
    String search;

    @Option(names = "--author", paramLabel = "HANDLE", description = "Only posts by this author (with or without @).")
    String author;

    @Option(names = "--lang", paramLabel = "CODE", description = "Only posts in this language (e.g. en, ar, hi; '?' for unknown).")
    String lang;

    @Option(names = "--from", paramLabel = "DATE",
            description = "Only posts created at or after DATE (2026-03-14 = start of that day UTC, or 2026-03-14T09:00:00Z).")
    String from;

    @Option(names = "--to", paramLabel = "DATE",
            description = "Only posts created before DATE; a plain date includes that whole day (UTC).")
    String to;

    @Option(names = "--has-image", negatable = true,
            description = "Only posts with a stored image (--no-has-image: only posts without one).")
    Boolean hasImage;

    @Option(names = "--has-gps", negatable = true,
            description = "Only posts with an image that has a GPS position (--no-has-gps: only posts without one).")
    Boolean hasGps;

    @Option(names = "--camera", paramLabel = "TEXT",
            description = "Only posts with an image taken with a camera whose make or model contains TEXT (any case).")
    String camera;

    @Option(names = "--software", paramLabel = "TEXT",
            description = "Only posts with an image last written by software whose name contains TEXT (any case).")
    String software;

    public PostQuery toQuery() {
        Instant fromInstant = from == null ? null : parse("--from", from, false);
        Instant toInstant = to == null ? null : parse("--to", to, true);
        return PostQuery.all().withSearch(blankToNull(search)).withAuthor(blankToNull(author))
                .withLang(blankToNull(lang)).withDates(fromInstant, toInstant).withHasImage(hasImage)
                .withImages(new PostQuery.ImageFilter(hasGps, blankToNull(camera), blankToNull(software)));
    }

    /** A date (start of day UTC; for an end bound, the start of the next day) or an ISO instant/offset time. */
    static Instant parse(String option, String value, boolean endOfDay) {
        String text = value.trim();
        try {
            LocalDate date = LocalDate.parse(text);
            return (endOfDay ? date.plusDays(1) : date).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException notADateTime) {
                throw new UserError(option + ": cannot read '" + value
                        + "' as a date; use 2026-03-14 or 2026-03-14T09:00:00Z");
            }
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
