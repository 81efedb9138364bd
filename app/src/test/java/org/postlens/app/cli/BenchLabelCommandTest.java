package org.postlens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchLabelCommandTest {

    @Test
    void timesTheNextItemOfEveryQueueAndPrintsJsonOnTheLastLine() throws Exception {
        CliRun run = CliRun.of("bench", "label", "--posts", "3000", "--steps", "40", "--labels", "100", "--family", "ngram");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<String> lines = run.outLines();
        JsonNode figures = new ObjectMapper().readTree(lines.get(lines.size() - 1));
        assertThat(figures.get("posts").asLong()).isEqualTo(3000);
        assertThat(figures.get("target_ms").asDouble()).isEqualTo(50);
        JsonNode queues = figures.get("navigation");
        assertThat(queues.fieldNames()).toIterable()
                .containsExactly("unlabelled", "uncertain", "disagreements", "random", "saved_filter");
        for (JsonNode queue : queues) {
            assertThat(queue.get("steps").asInt()).as(queue.toString()).isEqualTo(40);
            for (String key : List.of("open_ms", "step_median_ms", "step_p95_ms", "label_step_median_ms", "label_step_p95_ms")) {
                assertThat(queue.get(key).asDouble()).as(key + " in " + queue).isPositive();
            }
            assertThat(queue.get("step_p95_ms").asDouble()).isGreaterThanOrEqualTo(queue.get("step_median_ms").asDouble());
        }
        assertThat(figures.get("ratio_to_target").asDouble())
                .isEqualTo(Math.round(figures.get("worst_p95_ms").asDouble() / 50 * 100) / 100.0);
    }
}
