package org.postlens.app.ui.posts;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.language.LanguageCodes;
import org.postlens.app.domain.PredictionFilter;
import org.postlens.app.store.SqlitePostRepository;

/**
 * The filter bar's values turned into a {@link PostQuery}; {@code prediction} keeps posts by a task's label and
 * minimum score (null: any). Dates are whole UTC days, both ends included,
 * because the table shows times in UTC.
 */
public record PostFilters(
        String search,
        LocalDate from,
        LocalDate to,
        String author,
        LanguageChoice language,
        ImageChoice image,
        Long importSourceId,
        PredictionFilter prediction,
        GpsChoice gps,
        String camera,
        String software) {

    public PostFilters(String search, LocalDate from, LocalDate to, String author, LanguageChoice language,
                       ImageChoice image, Long importSourceId) {
        this(search, from, to, author, language, image, importSourceId, null);
    }

    public PostFilters(String search, LocalDate from, LocalDate to, String author, LanguageChoice language,
                       ImageChoice image, Long importSourceId, PredictionFilter prediction) {
        this(search, from, to, author, language, image, importSourceId, prediction, GpsChoice.ANY, "", "");
    }

    public PostFilters(String search, LocalDate from, LocalDate to, String author, LanguageChoice language,
                       ImageChoice image, Long importSourceId, GpsChoice gps, String camera, String software) {
        this(search, from, to, author, language, image, importSourceId, null, gps, camera, software);
    }
    /** Whether a post's images carry a GPS position. */
    public enum GpsChoice {
        ANY("GPS: any"), WITH_GPS("With GPS"), WITHOUT_GPS("Without GPS");

        private final String label;

        GpsChoice(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public enum ImageChoice {
        ANY("Images: any"), WITH_IMAGE("With image"), WITHOUT_IMAGE("Without image");

        private final String label;

        ImageChoice(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * "Any language", "Unknown", or one language code; the label may carry the number of posts. Two choices of
     * the same code are equal, whatever their counts, so that a selection survives a reload.
     */
    public record LanguageChoice(String code, String label) {
        public static final LanguageChoice ANY = new LanguageChoice(null, "Any language");
        public static final LanguageChoice UNKNOWN = new LanguageChoice(SqlitePostRepository.UNKNOWN_LANGUAGE, "Unknown");

        public static LanguageChoice of(String code) {
            return new LanguageChoice(code, code);
        }

        /** "English (en) · 1,204" or "Unknown · 12". */
        public static LanguageChoice counted(String code, long posts) {
            String name = code == null ? "Unknown" : LanguageCodes.displayName(code) + " (" + code + ")";
            return new LanguageChoice(code == null ? UNKNOWN.code() : code, String.format("%s \u00B7 %,d", name, posts));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof LanguageChoice choice && Objects.equals(code, choice.code);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(code);
        }

        @Override
        public String toString() {
            return label;
        }
    }


    public static PostFilters none() {
        return new PostFilters("", null, null, "", LanguageChoice.ANY, ImageChoice.ANY, null);
    }

    public boolean isEmpty() {
        return equals(none()) || toQuery(PostQuery.all()).equals(PostQuery.all());
    }

    /** The query for these filters, keeping the sort order of {@code base}. */
    public PostQuery toQuery(PostQuery base) {
        return base
                .withSearch(blankToNull(search))
                .withDates(from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                        // "to" is inclusive for the user; the query's upper bound: the start of the next day.
                        to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())
                .withAuthor(blankToNull(author))
                .withLang(language == null ? null : language.code())
                .withHasImage(image == null || image == ImageChoice.ANY ? null : image == ImageChoice.WITH_IMAGE)
                .withImportSource(importSourceId)
                .withPrediction(prediction)
                .withImages(new PostQuery.ImageFilter(gps == null || gps == GpsChoice.ANY ? null : gps == GpsChoice.WITH_GPS,
                        blankToNull(camera), blankToNull(software)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
