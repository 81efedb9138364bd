package org.postlens.app.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * CONSTRAINT-2021 Hindi hostile posts: {@code constraint_Hindi_Train.csv} (and {@code Constraint_Hindi_Valid.csv}
 * when present), CSV without header: post (Devanagari, may span lines), labels ("non-hostile" or a comma-separated
 * subset of fake, hate, offensive, defamation). Multi-label: a non-hostile post has no label. Rows whose label
 * column holds text (about 22 in this copy) are left out.
 */
final class ConstraintHindiReader implements DataSetReader {

    static final String FOLDER = "constraint2021-hindi-hostility";
    private static final String LICENCE = "None stated in the copy; released by the CONSTRAINT-2021 organisers for research";
    private static final String NOT_HOSTILE = "non-hostile";

    private final TaskCatalog tasks;

    ConstraintHindiReader(TaskCatalog tasks) {
        this.tasks = tasks;
    }

    @Override
    public boolean serves(Path folder, DataSetRequest request) {
        return folder.getFileName().toString().startsWith("constraint") && request.task().equals("hostility")
                && Languages.isOr(request, "hi");
    }

    @Override
    public LabelledDataSet read(Path folder, DataSetRequest request) throws IOException {
        DataSetBuilder builder = new DataSetBuilder(tasks.require("hostility"), "hi");
        read(folder.resolve("constraint_Hindi_Train.csv"), builder, true);
        Path valid = folder.resolve("Constraint_Hindi_Valid.csv");
        if (Files.exists(valid)) {
            read(valid, builder, false);
        }
        return builder.build("CONSTRAINT-2021 Hindi hostile post detection, constraint_Hindi_Train.csv", LICENCE,
                "CONSTRAINT-2021's valid split", request.seed());
    }

    private static void read(Path file, DataSetBuilder builder, boolean train) throws IOException {
        DataFiles.csv(file, CSVFormat.RFC4180, (number, record) -> {
            String where = DataFiles.where(file, number);
            if (number == 1 && record.size() == 2 && record.get(1).strip().equalsIgnoreCase("labels")) {
                return; // a header row
            }
            List<String> labels = labels(record);
            if (labels == null) {
                builder.bad(where, "expected a post and its labels, found " + excerpt(record));
            } else if (train) {
                builder.train(record.get(0), labels, where);
            } else {
                builder.validation(record.get(0), labels, where);
            }
        }, builder::bad);
    }

    /** The labels, none for a non-hostile post; null when the row is not post + labels. */
    private static List<String> labels(CSVRecord record) {
        if (record.size() != 2) {
            return null;
        }
        String value = record.get(1).strip().toLowerCase();
        if (value.equals(NOT_HOSTILE)) {
            return List.of();
        }
        List<String> labels = new ArrayList<>();
        for (String label : value.split(",")) {
            String name = label.strip();
            if (!List.of("fake", "hate", "offensive", "defamation").contains(name)) {
                return null;
            }
            labels.add(name);
        }
        return labels;
    }

    private static String excerpt(CSVRecord record) {
        String text = record.size() + " fields, labels '" + (record.size() > 1 ? record.get(1) : "") + "'";
        return text.length() > 80 ? text.substring(0, 80) + "…'" : text;
    }
}
