package org.postlens.app.analysis;

import java.util.Map;
import org.postlens.app.domain.Run;

/**
 * What one model did in an analyze job.
 *
 * @param predicted posts it predicted in this run
 * @param labelCounts those predictions per label, most frequent first
 */
public record TaskRunSummary(String task, Run run, long predicted, Map<String, Long> labelCounts) {

    public TaskRunSummary {
        labelCounts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(labelCounts));
    }
}
