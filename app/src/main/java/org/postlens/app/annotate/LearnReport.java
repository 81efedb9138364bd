package org.postlens.app.annotate;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.domain.Run;
import org.postlens.runtime.learn.CrossValidation;
import org.postlens.runtime.learn.LearningCurve;
import org.postlens.runtime.train.PackDescription;
import org.postlens.runtime.train.TrainedTextModel;

/**
 * How an active-learning run went, and the model it trained (which can be saved as a model pack).
 *
 * @param labels gold-labelled posts trained on; {@code disagreements} posts left out because their annotators
 *     disagree and nobody has adjudicated
 * @param crossValidation null with fewer than two labels
 * @param learningCurve null unless asked for
 * @param languages the languages of the labelled posts (for the pack's card), "und" where unknown
 * @param predicted posts predicted under {@code run}
 */
public record LearnReport(String projectName, LabelSchema schema, int labels, int disagreements, CrossValidation crossValidation,
        LearningCurve learningCurve, List<String> languages, Run run, long predicted, double trainingSeconds, double seconds,
        TrainedTextModel model) {

    public LearnReport {
        languages = List.copyOf(languages);
    }

    /**
     * Writes the trained model as a model pack (loads like a shipped one: {@code postlens models --models DIR}); its
     * card names the project and schema and gives the cross-validated figures.
     */
    public Path savePack(Path folder) {
        String id = packId(schema.name());
        PackDescription description = new PackDescription(id, "1.0." + run.id(), schema.task() != null ? schema.task() : schema.name(),
                null, languages.isEmpty() ? List.of("und") : languages,
                "project '" + projectName + "', label schema '" + schema.name() + "': " + labels + " gold labels (active learning, run "
                        + run.id() + ")",
                "the project's own labels", null, null,
                Map.of("project", projectName, "schema", schema.name(), "notes",
                        "Trained by Postlens active learning on every gold label of the schema; figures by cross-validation."));
        return model.writePack(folder, description);
    }

    /** A pack id from a schema name: lower case letters, digits and dashes, prefixed "learned-". */
    static String packId(String schemaName) {
        String slug = schemaName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return "learned-" + (slug.isEmpty() ? "schema" : slug);
    }
}
