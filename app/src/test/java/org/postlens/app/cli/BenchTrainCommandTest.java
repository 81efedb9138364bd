package org.postlens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postlens.app.embed.RealTextEncoder;
import org.postlens.app.testing.UseTestHome;

/** {@code postlens bench train} fine-tunes the real encoder on a few posts: figures present and positive, never timed. */
@ExtendWith(UseTestHome.class)
class BenchTrainCommandTest {

    @BeforeAll
    static void unpackTheEncoderIntoTheTestCache() {
        RealTextEncoder.open().close();
    }

    @Test
    void benchTrainPrintsItsFiguresAsJsonOnTheLastLine() throws Exception {
        CliRun run = CliRun.of("bench", "train", "--sentences", "8", "--batch-size", "4", "--max-tokens", "16", "--device", "cpu");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<String> lines = run.outLines();
        JsonNode json = new ObjectMapper().readTree(lines.get(lines.size() - 1));
        assertThat(json.path("sentences").asInt()).isEqualTo(4); // the first of two batches warms up
        assertThat(json.path("batch_size").asInt()).isEqualTo(4);
        assertThat(json.path("max_tokens").asInt()).isEqualTo(16);
        assertThat(json.path("mean_tokens").asDouble()).isBetween(2.0, 16.0);
        assertThat(json.path("train_sentences_per_s").asDouble()).isPositive();
        assertThat(json.path("forward_sentences_per_s").asDouble()).isPositive();
        assertThat(json.path("parameters").asLong()).isEqualTo(22_565_376);
        assertThat(json.path("device").asText()).isEqualTo("cpu");
    }

    @Test
    void benchTrainChecksItsOptions() {
        CliRun run = CliRun.of("bench", "train", "--sentences", "40", "--batch-size", "32");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).contains("--sentences must be at least twice --batch-size");
    }
}
