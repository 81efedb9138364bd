package org.postlens.app.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;

/**
 * MLMA multilingual hate speech (Arabic, English, French tweets): {@code hate_speech_mlma/<lang>_dataset.csv};
 * column {@code sentiment} holds the hostility types joined by '_' (offensive, hateful, abusive, …, normal).
 * Serves hate: hate speech when annotators chose "hateful". No split is given, so one is carved.
 */
final class MlmaReader implements DataSetReader {

    static final String FOLDER = "mlma-hate-speech-ar-en-fr";
    private static final String LICENCE = "MIT (HKUST-KnowComp/MLMA_hate_speech repository LICENSE)";
    private static final Set<String> TYPES = Set.of("offensive", "hateful", "abusive", "disrespectful", "fearful", "normal");

    private final TaskCatalog tasks;

    MlmaReader(TaskCatalog tasks) {
        this.tasks = tasks;
    }

    @Override
    public boolean serves(Path folder, DataSetRequest request) {
        return folder.getFileName().toString().startsWith("mlma") && request.task().equals("hate");
    }

    @Override
    public LabelledDataSet read(Path folder, DataSetRequest request) throws IOException {
        if (request.language() == null) {
            throw new UnsupportedDataException("MLMA has one data set per language: give --lang (ar, en, fr)");
        }
        Path file = folder.resolve("hate_speech_mlma").resolve(request.language() + "_dataset.csv");
        if (!Files.exists(file)) {
            throw new UnsupportedDataException("MLMA has no data for language '" + request.language() + "'");
        }
        DataSetBuilder builder = new DataSetBuilder(tasks.require("hate"), request.language());
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
        DataFiles.csv(file, format, (number, record) -> {
            String where = DataFiles.where(file, number);
            if (!record.isConsistent()) {
                builder.bad(where, "expected 7 fields, found " + record.size());
                return;
            }
            List<String> types = Arrays.asList(record.get("sentiment").strip().split("_"));
            if (types.isEmpty() || !TYPES.containsAll(types)) {
                builder.bad(where, "unknown hostility '" + record.get("sentiment") + "'");
                return;
            }
            builder.train(record.get("tweet"), List.of(types.contains("hateful") ? "hate speech" : "not hate speech"), where);
        }, builder::bad);
        return builder.build("MLMA hate speech " + request.language() + " (" + file.getFileName()
                + "; hate speech = annotated hateful)", LICENCE, null, request.seed());
    }
}
