package org.postlens.app.training;

import org.postlens.runtime.train.ModelFamily;

/** One model family tried: its best validation figure (by the task's metric) and how long it took. */
public record CandidateResult(ModelFamily family, double value, int bestEpoch, double seconds) {
}
