package org.postlens.app.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * OSACT4 2020 (Arabic offensive language and hate speech): {@code OSACT2020-sharedTask-train.txt}, lines of
 * text TAB OFF|NOT_OFF TAB HS|NOT_HS, newlines inside tweets written {@code <LF>}. Serves offensive (subtask A)
 * and hate (subtask B); the dev file is used for validation when present, else a split is carved.
 */
final class Osact4Reader implements DataSetReader {

    static final String FOLDER = "osact4-arabic-offensive";
    private static final String LICENCE = "None stated in the copy; data of the OSACT4 shared task organisers, for research";
    private static final Map<String, Integer> COLUMNS = Map.of("offensive", 1, "hate", 2);
    private static final Map<Integer, Map<String, String>> LABELS = Map.of(
            1, Map.of("OFF", "offensive", "NOT_OFF", "not offensive"),
            2, Map.of("HS", "hate speech", "NOT_HS", "not hate speech"));

    private final TaskCatalog tasks;

    Osact4Reader(TaskCatalog tasks) {
        this.tasks = tasks;
    }

    @Override
    public boolean serves(Path folder, DataSetRequest request) {
        return folder.getFileName().toString().startsWith("osact4") && COLUMNS.containsKey(request.task())
                && Languages.isOr(request, "ar");
    }

    @Override
    public LabelledDataSet read(Path folder, DataSetRequest request) throws IOException {
        DataSetBuilder builder = new DataSetBuilder(tasks.require(request.task()), "ar");
        int column = COLUMNS.get(request.task());
        Path train = folder.resolve("OSACT2020-sharedTask-train.txt");
        Path dev = folder.resolve("OSACT2020-sharedTask-dev.txt");
        read(train, column, builder, true);
        if (Files.exists(dev)) {
            read(dev, column, builder, false);
        }
        String subtask = column == 1 ? "A (offensive)" : "B (hate speech)";
        return builder.build("OSACT4 2020 subtask " + subtask + ", OSACT2020-sharedTask-train.txt", LICENCE,
                "OSACT4's dev split", request.seed());
    }

    private static void read(Path file, int column, DataSetBuilder builder, boolean train) throws IOException {
        List<String> lines = DataFiles.lines(file);
        for (int i = 0; i < lines.size(); i++) {
            String where = file.getFileName() + " line " + (i + 1);
            String[] fields = lines.get(i).split("\t", -1);
            if (fields.length != 3) {
                builder.bad(where, "expected 3 tab-separated fields, found " + fields.length);
                continue;
            }
            String label = LABELS.get(column).get(fields[column].strip());
            if (label == null) {
                builder.bad(where, "unexpected label '" + fields[column].strip() + "'");
                continue;
            }
            String text = fields[0].replace("<LF>", "\n");
            if (train) {
                builder.train(text, List.of(label), where);
            } else {
                builder.validation(text, List.of(label), where);
            }
        }
    }
}
