package org.postlens.app.analysis;

import java.util.List;

/**
 * What an analyze job did: one entry per model that predicted something, in task order, and how many posts it
 * looked at (posts with text that lacked at least one model's prediction).
 */
public record AnalyzeReport(List<TaskRunSummary> runs, long postsLookedAt) {

    public AnalyzeReport {
        runs = List.copyOf(runs);
    }

    public long predictions() {
        return runs.stream().mapToLong(TaskRunSummary::predicted).sum();
    }
}
