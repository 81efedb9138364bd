package org.postlens.app.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.postlens.resources.TaskDefinition;

/**
 * ArSarcasm-v2 (Arabic tweets): {@code training_data.csv} with columns tweet, sarcasm (TRUE/FALSE), sentiment
 * (POS/NEG/NEU), dialect. Serves sarcasm and sentiment; it has no validation split, so one is carved.
 */
final class ArSarcasmReader implements DataSetReader {

    static final String FOLDER = "arsarcasm-v2";
    private static final String LICENCE = "MIT (ArSarcasm-v2 repository LICENSE); tweets are Twitter content";
    private static final Map<String, Map<String, String>> LABELS = Map.of(
            "sarcasm", Map.of("TRUE", "sarcastic", "FALSE", "not sarcastic"),
            "sentiment", Map.of("POS", "positive", "NEG", "negative", "NEU", "neutral"));

    private final TaskCatalog tasks;

    ArSarcasmReader(TaskCatalog tasks) {
        this.tasks = tasks;
    }

    @Override
    public boolean serves(Path folder, DataSetRequest request) {
        return folder.getFileName().toString().toLowerCase().startsWith("arsarcasm")
                && LABELS.containsKey(request.task()) && Languages.isOr(request, "ar");
    }

    @Override
    public LabelledDataSet read(Path folder, DataSetRequest request) throws IOException {
        TaskDefinition task = tasks.require(request.task());
        Map<String, String> labels = LABELS.get(request.task());
        DataSetBuilder builder = new DataSetBuilder(task, "ar");
        Path file = folder.resolve("training_data.csv");
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
        DataFiles.csv(file, format, (number, record) -> {
            String where = DataFiles.where(file, number);
            if (!record.isConsistent()) {
                builder.bad(where, "expected 4 fields, found " + record.size());
                return;
            }
            String raw = record.get(request.task()).strip();
            String label = labels.get(raw.toUpperCase());
            if (label == null) {
                builder.bad(where, "unknown " + request.task() + " value '" + raw + "'");
                return;
            }
            builder.train(record.get("tweet"), List.of(label), where);
        }, builder::bad);
        return builder.build("ArSarcasm-v2 " + request.task() + " (iabufarha/ArSarcasm-v2), training_data.csv",
                LICENCE, null, request.seed());
    }
}
