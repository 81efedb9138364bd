package org.postlens.app.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.postlens.app.ingest.ReadItem;
import org.postlens.app.ingest.ReaderOptions;
import org.postlens.app.ingest.RecordReader;
import org.postlens.app.ingest.RecordReaders;
import org.postlens.app.ingest.SourceRecord;
import org.postlens.resources.TaskDefinition;
import org.postlens.resources.TaskDefinitions;

/**
 * A user's own labelled file (CSV, JSON Lines or JSON, as {@code import} reads them, e.g. a Postlens export with
 * a label column added): a text column and a {@code label} column, or a {@code labels} column for multi-label
 * data (a JSON array, or labels separated by {@code |} or {@code ;}). For a known task the labels must be that
 * task's; for a task of the user's own, the labels are those found. Validation comes from a second file or is
 * carved from the first with a seed.
 */
public final class UserFileReader {

    static final List<String> TEXT_COLUMNS = List.of("text", "full_text", "content", "message", "body", "caption",
            "tweet", "post_text", "statement", "sentence");
    static final List<String> SINGLE_LABEL_COLUMNS = List.of("label", "class", "class_label", "category");
    static final List<String> MULTI_LABEL_COLUMNS = List.of("labels");

    private final TaskDefinitions tasks;

    public UserFileReader(TaskDefinitions tasks) {
        this.tasks = tasks;
    }

    private record Row(String text, List<String> labels, String where) {
    }

    private record Rows(List<Row> rows, boolean multiLabel, List<String> bad) {
    }

    /**
     * @param validation a file of the same form used for validation; null to carve it from {@code file}
     * @param language   the language of the texts (the file does not say)
     */
    public LabelledDataSet read(Path file, Path validation, String task, String language, long seed) throws IOException {
        Rows train = rows(file);
        Rows held = validation == null ? null : rows(validation);
        Optional<TaskDefinition> known = tasks.find(task);
        boolean multiLabel = known.map(TaskDefinition::multiLabel).orElse(train.multiLabel());
        List<String> labels = known.map(TaskDefinition::labels).orElseGet(() -> labelsFound(train, held));
        DataSetBuilder builder = new DataSetBuilder(task, language, labels, multiLabel);
        train.bad().forEach(problem -> builder.bad(file.getFileName().toString(), problem));
        train.rows().forEach(row -> builder.train(row.text(), row.labels(), row.where()));
        if (held != null) {
            held.bad().forEach(problem -> builder.bad(validation.getFileName().toString(), problem));
            held.rows().forEach(row -> builder.validation(row.text(), row.labels(), row.where()));
            if (!builder.hasValidation()) {
                throw new UnsupportedDataException(validation + ": no usable validation rows");
            }
        }
        return builder.build(String.valueOf(file.getFileName()), "the user's own data", held == null ? null
                : String.valueOf(validation.getFileName()), seed);
    }

    private static List<String> labelsFound(Rows train, Rows held) {
        TreeSet<String> labels = new TreeSet<>();
        train.rows().forEach(row -> labels.addAll(row.labels()));
        if (held != null) {
            held.rows().forEach(row -> labels.addAll(row.labels()));
        }
        return List.copyOf(labels);
    }

    private static Rows rows(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        String fileName = String.valueOf(file.getFileName());
        try (RecordReader reader = RecordReaders.open(file, ReaderOptions.auto())) {
            List<String> columns = reader.columns();
            String text = column(columns, TEXT_COLUMNS);
            String multi = column(columns, MULTI_LABEL_COLUMNS);
            String single = column(columns, SINGLE_LABEL_COLUMNS);
            if (text == null || multi == null && single == null) {
                throw new UnsupportedDataException(fileName + " needs a text column (" + String.join(", ", TEXT_COLUMNS)
                        + ") and a label column (label, or labels for several per text); it has " + columns);
            }
            while (reader.hasNext()) {
                ReadItem item = reader.next();
                if (item instanceof ReadItem.Bad problem) {
                    bad.add("record " + problem.recordNumber() + ": " + problem.problem().reason());
                } else if (item instanceof ReadItem.Ok ok) {
                    SourceRecord record = ok.record();
                    String where = fileName + " record " + record.recordNumber();
                    List<String> labels = multi != null ? splitLabels(record.get(multi))
                            : blankToNone(record.get(single));
                    rows.add(new Row(record.get(text), labels, where));
                }
            }
            return new Rows(rows, multi != null, bad);
        }
    }

    private static String column(List<String> columns, List<String> names) {
        for (String name : names) {
            for (String column : columns) {
                if (column.toLowerCase(Locale.ROOT).equals(name)) {
                    return column;
                }
            }
        }
        return null;
    }

    private static List<String> blankToNone(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value.strip());
    }

    /** {@code ["a","b"]}, {@code a|b} or {@code a;b}; empty for none. */
    static List<String> splitLabels(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        String trimmed = value.strip();
        List<String> labels = new ArrayList<>();
        if (trimmed.startsWith("[")) {
            try {
                for (JsonNode label : new ObjectMapper().readTree(trimmed)) {
                    labels.add(label.asText().strip());
                }
                return labels;
            } catch (IOException notJson) {
                // read as a separated list below
            }
        }
        for (String label : trimmed.split("[|;]")) {
            if (!label.isBlank()) {
                labels.add(label.strip());
            }
        }
        return labels;
    }
}
