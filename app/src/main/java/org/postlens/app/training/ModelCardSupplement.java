package org.postlens.app.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.postlens.resources.ReferenceFigures;
import org.postlens.resources.TaskLanguage;
import org.postlens.runtime.pack.ModelCard;

/**
 * Adds to a freshly written pack's {@code model-card.json} what the trainer does not know: the date, where the
 * validation split came from, the rows left out, the families tried, and the published reference figures. The
 * card's sha256 covers the model file only, so the card can grow.
 */
final class ModelCardSupplement {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path card;

    ModelCardSupplement(Path packFolder) {
        this.card = packFolder.resolve(ModelCard.FILE_NAME);
    }

    /** @param taskLanguage the task definitions' entry for the data's task and language; null when none */
    void add(LabelledDataSet data, TaskLanguage taskLanguage, String metric, long seed, LocalDate date,
             List<CandidateResult> candidates) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(Files.readString(card, StandardCharsets.UTF_8));
        root.put("date", date.toString());
        root.put("seed", seed);
        ObjectNode training = root.get("trainingData") instanceof ObjectNode existing ? existing
                : root.putObject("trainingData");
        training.put("validationSplit", data.validationNote() == null ? "the data set's own" : data.validationNote());
        training.put("trainExamples", data.data().train().size());
        training.put("validationExamples", data.data().validation().size());
        training.put("rowsLeftOut", data.badRows());
        ObjectNode tried = root.putObject("familiesTried");
        for (CandidateResult candidate : candidates) {
            tried.put(candidate.family().name(), Math.round(candidate.value() * 10_000) / 10_000.0);
        }
        ReferenceFigures reference = taskLanguage == null ? null : taskLanguage.reference();
        if (data.taskDataSet() && reference != null && taskLanguage.metric().equals(metric)) {
            ObjectNode published = root.putObject("reference");
            published.put("metric", metric);
            published.put("split", "the data set's held-out test split: Postlens's figure above is on validation, so "
                    + "compare roughly");
            published.put("source", reference.source());
            for (Map.Entry<String, Double> figure : reference.figures().entrySet()) {
                published.put(figure.getKey(), figure.getValue());
            }
        }
        Files.writeString(card, JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    }
}
