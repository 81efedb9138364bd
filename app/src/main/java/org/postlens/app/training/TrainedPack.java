package org.postlens.app.training;

import java.nio.file.Path;
import java.util.List;
import org.postlens.runtime.eval.ClassificationMetrics;
import org.postlens.runtime.train.ModelFamily;

/**
 * A pack written by {@link PackTrainer}: the family kept, its validation figures, and every family tried.
 *
 * @param metric the task's metric, which chose the family and the epoch
 */
public record TrainedPack(Path folder, String id, ModelFamily family, String metric, double value,
                          ClassificationMetrics validation, List<CandidateResult> candidates) {

    public TrainedPack {
        candidates = List.copyOf(candidates);
    }
}
