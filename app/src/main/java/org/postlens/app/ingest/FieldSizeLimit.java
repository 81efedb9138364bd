package org.postlens.app.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The largest field a record may hold; bigger ones reject their record so memory stays bounded. */
final class FieldSizeLimit {

    static final int MAX_FIELD_CHARS = 1024 * 1024;

    /** A record's text is no longer kept beyond this; the record is then rejected. */
    static final int MAX_RECORD_CHARS = 16 * 1024 * 1024;

    private FieldSizeLimit() {
    }

    static String fieldTooLargeReason(long length) {
        return String.format(Locale.ROOT, "field of %,d characters exceeds the 1 MiB limit", length);
    }

    static String recordTooLargeReason() {
        return String.format(Locale.ROOT, "record exceeds the %,d character limit", MAX_RECORD_CHARS);
    }

    static Optional<String> check(Map<String, String> fields) {
        long longest = 0;
        for (String value : fields.values()) {
            longest = Math.max(longest, value == null ? 0 : value.length());
        }
        return longest > MAX_FIELD_CHARS ? Optional.of(fieldTooLargeReason(longest)) : Optional.empty();
    }
}
