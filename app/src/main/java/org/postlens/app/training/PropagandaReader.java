package org.postlens.app.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * SemEval-2021 Task 6 subtask 1 (persuasion techniques in meme texts, multi-label): {@code training_set_task1.txt}
 * and {@code dev_set_task1.txt}, JSON arrays of {id, labels, text}. A meme without a technique has no label.
 */
final class PropagandaReader implements DataSetReader {

    static final String FOLDER = "semeval2021-task6-propaganda-memes";
    private static final String LICENCE = "Free for general research use (SemEval-2021 Task 6 README)";

    private final TaskCatalog tasks;

    PropagandaReader(TaskCatalog tasks) {
        this.tasks = tasks;
    }

    @Override
    public boolean serves(Path folder, DataSetRequest request) {
        return folder.getFileName().toString().startsWith("semeval2021") && request.task().equals("propaganda")
                && Languages.isOr(request, "en");
    }

    @Override
    public LabelledDataSet read(Path folder, DataSetRequest request) throws IOException {
        DataSetBuilder builder = new DataSetBuilder(tasks.require("propaganda"), "en");
        read(folder.resolve("training_set_task1.txt"), builder, true);
        Path dev = folder.resolve("dev_set_task1.txt");
        if (Files.exists(dev)) {
            read(dev, builder, false);
        }
        return builder.build("SemEval-2021 Task 6 subtask 1 meme texts, training_set_task1.txt", LICENCE,
                "SemEval-2021 Task 6's dev split", request.seed());
    }

    private static void read(Path file, DataSetBuilder builder, boolean train) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Files.readString(file));
        if (!root.isArray()) {
            throw new UnsupportedDataException(file + " is not a JSON array");
        }
        int number = 0;
        for (JsonNode item : root) {
            number++;
            String where = file.getFileName() + " item " + number;
            if (!item.path("text").isTextual() || !item.path("labels").isArray()) {
                builder.bad(where, "expected an object with text and labels");
                continue;
            }
            List<String> labels = new ArrayList<>();
            item.path("labels").forEach(label -> labels.add(label.asText().strip()));
            if (train) {
                builder.train(item.path("text").asText(), labels, where);
            } else {
                builder.validation(item.path("text").asText(), labels, where);
            }
        }
    }
}
