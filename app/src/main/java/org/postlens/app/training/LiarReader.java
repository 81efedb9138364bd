package org.postlens.app.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * LIAR (PolitiFact statements, 6-way truthfulness): {@code train.tsv} and {@code valid.tsv}, 14 tab-separated
 * columns without quoting; the label is column 2, the statement column 3. Only the statement is used: the
 * metadata columns describe the speaker, which a post in Postlens does not carry.
 */
final class LiarReader implements DataSetReader {

    static final String FOLDER = "liar";
    private static final String LICENCE = "Research use only (LIAR README); the original sources (PolitiFact) retain "
            + "the copyright of the statements";
    private static final Map<String, String> LABELS = Map.of("pants-fire", "pants on fire", "false", "false",
            "barely-true", "barely true", "half-true", "half true", "mostly-true", "mostly true", "true", "true");
    private static final int COLUMNS = 14;

    private final TaskCatalog tasks;

    LiarReader(TaskCatalog tasks) {
        this.tasks = tasks;
    }

    @Override
    public boolean serves(Path folder, DataSetRequest request) {
        return folder.getFileName().toString().startsWith("liar") && request.task().equals("truthfulness")
                && Languages.isOr(request, "en");
    }

    @Override
    public LabelledDataSet read(Path folder, DataSetRequest request) throws IOException {
        DataSetBuilder builder = new DataSetBuilder(tasks.require("truthfulness"), "en");
        read(folder.resolve("train.tsv"), builder, true);
        Path valid = folder.resolve("valid.tsv");
        if (Files.exists(valid)) {
            read(valid, builder, false);
        }
        return builder.build("LIAR (Wang 2017) statements, train.tsv", LICENCE, "LIAR's valid split", request.seed());
    }

    private static void read(Path file, DataSetBuilder builder, boolean train) throws IOException {
        List<String> lines = DataFiles.lines(file);
        for (int i = 0; i < lines.size(); i++) {
            String where = file.getFileName() + " line " + (i + 1);
            String[] fields = lines.get(i).split("\t", -1);
            if (fields.length != COLUMNS) {
                builder.bad(where, "expected " + COLUMNS + " tab-separated fields, found " + fields.length);
                continue;
            }
            String label = LABELS.get(fields[1].strip());
            if (label == null) {
                builder.bad(where, "unknown label '" + fields[1].strip() + "'");
            } else if (train) {
                builder.train(fields[2], List.of(label), where);
            } else {
                builder.validation(fields[2], List.of(label), where);
            }
        }
    }
}
