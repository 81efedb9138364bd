package org.postlens.app.ingest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One record read from an import file, before mapping: its fields by column name in file order (nested JSON
 * objects flattened to dotted names such as {@code user.screen_name}).
 *
 * @param recordNumber 1-based number of the record in the file (header not counted)
 * @param line         1-based physical line where the record starts
 * @param rawText      the record as written (a CSV row's text, a JSON object's source), for excerpts and the raw view
 */
public record SourceRecord(long recordNumber, long line, Map<String, String> fields, String rawText) {

    public SourceRecord {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public String get(String column) {
        return column == null ? null : fields.get(column);
    }
}
