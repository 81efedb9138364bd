package org.postlens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postlens.app.embed.RealTextEncoder;
import org.postlens.runtime.RuntimeEnvironment;
import org.postlens.app.testing.UseTestHome;

/** {@code postlens bench embed} with the real encoder on a few posts: figures present and positive, never timed. */
@ExtendWith(UseTestHome.class)
class BenchEmbedCommandTest {

    @BeforeAll
    static void unpackTheEncoderIntoTheTestCache() {
        RealTextEncoder.open().close();
    }

    @Test
    void benchEmbedPrintsItsFiguresAsJsonOnTheLastLine() throws Exception {
        CliRun run = CliRun.of("bench", "embed", "--posts", "60", "--device", "cpu");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<String> lines = run.outLines();
        assertThat(run.out()).contains("Postlens (EmbedJob", "Raw DJL + ONNX Runtime", "langchain4j", "Peak resident set size");
        JsonNode json = new ObjectMapper().readTree(lines.get(lines.size() - 1));
        // The English posts among the 60: the only ones the shipped encoder reads, and the ones all three paths embed.
        assertThat(json.path("posts").asInt()).isBetween(1, 59);
        assertThat(run.out()).contains(json.path("posts").asInt() + " of the 60 synthetic posts are in a language");
        for (String key : List.of("posts_per_s", "raw_posts_per_s", "langchain4j_posts_per_s", "ratio_vs_raw",
                "ratio_vs_langchain4j")) {
            assertThat(json.path(key).isNumber()).as(key).isTrue();
            assertThat(json.path(key).asDouble()).as(key).isPositive();
        }
        assertThat(json.has("peak_rss_mb")).isTrue();
        if (System.getProperty("os.name").startsWith("Linux")) {
            assertThat(json.path("peak_rss_mb").asLong()).isPositive();
        }
        assertThat(json.path("device").asText()).isEqualTo("cpu");
        assertThat(RuntimeEnvironment.cacheDir()).isEqualTo(RealTextEncoder.TEST_HOME.resolve("cache").resolve("djl"));
    }

    @Test
    void benchEmbedChecksItsOptions() {
        CliRun run = CliRun.of("bench", "embed", "--posts", "0");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).contains("--posts must be at least 1");
    }

    @Test
    void onlyCommandsThatUseModelsSetUpTheModelRuntime() {
        var commandLine = PostlensCli.commandLine(new java.io.PrintWriter(java.io.Writer.nullWriter()),
                new java.io.PrintWriter(java.io.Writer.nullWriter()));
        assertThat(PostlensCli.usesModels(commandLine.parseArgs("bench", "embed"))).isTrue();
        assertThat(PostlensCli.usesModels(commandLine.parseArgs("models"))).isTrue();
        assertThat(PostlensCli.usesModels(commandLine.parseArgs("embed", "x.postlens"))).isTrue();
        assertThat(PostlensCli.usesModels(commandLine.parseArgs("bench", "import"))).isFalse();
        assertThat(PostlensCli.usesModels(commandLine.parseArgs("info", "x.postlens"))).isFalse();
    }
}
