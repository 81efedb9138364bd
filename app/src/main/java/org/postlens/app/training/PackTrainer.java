package org.postlens.app.training;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.postlens.resources.TaskDefinition;
import org.postlens.resources.TaskDefinitions;
import org.postlens.runtime.TextEncoder;
import org.postlens.runtime.train.ClassWeighting;
import org.postlens.runtime.train.ModelFamily;
import org.postlens.runtime.train.PackDescription;
import org.postlens.runtime.train.TextModelTrainer;
import org.postlens.runtime.train.TrainedTextModel;
import org.postlens.runtime.train.TrainingProgress;

/**
 * Trains a task model from a labelled data set and writes it as a model pack: tries the model families that fit
 * the language, keeps the one with the best figure on the validation split (by the metric of the task's
 * literature), and writes a model card naming the data, its licence, the validation figures next to the
 * published reference figures, the date and the seed.
 */
public final class PackTrainer {

    private final TaskDefinitions tasks;
    private final Clock clock;

    public PackTrainer(TaskDefinitions tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    /**
     * @param encoder opens the sentence encoder, called only when a family that reads vectors is tried; the
     *                caller closes what it returns
     * @param progress told of each family's stages
     */
    public TrainedPack train(LabelledDataSet data, TrainRequest request, Supplier<TextEncoder> encoder,
                             FamilyProgress progress, BooleanSupplier cancelled) throws IOException {
        Optional<TaskDefinition> task = tasks.find(data.task());
        String metric = metric(task, data);
        List<ModelFamily> families = request.family().candidates(data.language());
        List<CandidateResult> candidates = new ArrayList<>();
        TrainedTextModel best = null;
        CachingTextEncoder vectors = null;
        try {
            for (ModelFamily family : families) {
                TextModelTrainer.Builder builder = TextModelTrainer.builder().setFamily(family).optSeed(request.seed())
                        .optMetric(metric).optClassWeighting(weighting(metric, data));
                request.options().applyTo(builder);
                if (family.readsVectors()) {
                    if (vectors == null) {
                        vectors = new CachingTextEncoder(encoder.get());
                    }
                    builder.optEncoder(vectors);
                }
                TrainingProgress stages = (stage, done, total) -> progress.report(family, stage, done, total);
                TrainedTextModel model = builder.build().train(data.data(), stages, cancelled);
                candidates.add(new CandidateResult(family, model.report().value(), model.report().bestEpoch(),
                        model.report().seconds()));
                if (best == null || model.report().value() > best.report().value()) {
                    best = model;
                }
            }
        } finally {
            if (vectors != null) {
                vectors.close();
            }
        }
        String id = request.packFolder().getFileName().toString();
        PackDescription description = new PackDescription(id, "1.0.0", data.task(), request.target(), List.of(data.language()),
                data.name(), data.licence(), metric, request.seed(), java.util.Map.of());
        best.writePack(request.packFolder(), description);
        new ModelCardSupplement(request.packFolder()).add(data, task.flatMap(t -> t.language(data.language())).orElse(null),
                metric, request.seed(), LocalDate.now(clock), candidates);
        return new TrainedPack(request.packFolder(), id, best.report().family(), metric, best.report().value(),
                best.report().validation(), candidates);
    }

    /** The metric the task's literature uses for this language; for a task of the user's own, macro or micro F1. */
    static String metric(Optional<TaskDefinition> task, LabelledDataSet data) {
        return task.map(t -> t.metricFor(data.language()))
                .orElse(data.data().multiLabel() ? "micro_f1" : "macro_f1");
    }

    /**
     * Rare labels weigh more unless the metric rewards the frequent ones (accuracy, micro F1): on the validation
     * splits balanced weights helped most where the positive class is rare and were neutral on balanced sets.
     */
    static ClassWeighting weighting(String metric, LabelledDataSet data) {
        return metric.equals("accuracy") || metric.equals("micro_f1") && !data.data().multiLabel()
                ? ClassWeighting.NONE : ClassWeighting.BALANCED;
    }

    /** Progress of one family's training stage. */
    @FunctionalInterface
    public interface FamilyProgress {
        void report(ModelFamily family, String stage, long done, long total);
    }
}
