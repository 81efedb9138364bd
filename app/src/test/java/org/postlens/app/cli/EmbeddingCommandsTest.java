package org.postlens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.embed.NewsPosts;
import org.postlens.app.embed.RealTextEncoder;
import org.postlens.app.testing.UseTestHome;

/** embed, similar and clusters from the command line, with the real encoder. */
@ExtendWith(UseTestHome.class)
class EmbeddingCommandsTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void unpackTheEncoderIntoTheTestCache() {
        RealTextEncoder.open().close();
    }

    private Path importedProject() throws Exception {
        Path project = dir.resolve("news.postlens");
        CliRun run = CliRun.of("import", project, NewsPosts.csv(dir));
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return project;
    }

    @Test
    void embedPrintsASummaryAndARerunHasNothingToDo() throws Exception {
        Path project = importedProject();

        CliRun embed = CliRun.of("embed", project, "--device", "cpu", "--batch", "5");
        assertThat(embed.exitCode()).as(embed.toString()).isZero();
        assertThat(embed.out()).startsWith("Embedded " + NewsPosts.WITH_TEXT + " posts with ");

        CliRun again = CliRun.of("embed", project);
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).startsWith("Nothing to do: all " + NewsPosts.WITH_TEXT + " posts");
    }

    @Test
    void similarPrintsTheQueryAndRankedPostsAsOneJsonObject() throws Exception {
        Path project = importedProject();
        CliRun.of("embed", project);

        CliRun byPost = CliRun.of("similar", project, "--post", "r1", "--limit", "3");
        assertThat(byPost.exitCode()).as(byPost.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(byPost.out());
        assertThat(json.path("query").path("post").asText()).isEqualTo("r1");
        assertThat(json.path("model").asText()).isNotBlank();
        assertThat(json.path("results")).hasSize(3);
        JsonNode first = json.path("results").get(0);
        assertThat(first.path("id").asText()).isEqualTo("r2");
        assertThat(first.path("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(first.path("text").asText()).contains("bridge");

        CliRun byText = CliRun.of("similar", project, "--text", "the dam has broken");
        assertThat(byText.exitCode()).as(byText.toString()).isZero();
        JsonNode text = new ObjectMapper().readTree(byText.out());
        assertThat(text.path("query").path("text").asText()).isEqualTo("the dam has broken");
        assertThat(text.path("results").get(0).path("id").asText()).startsWith("c");
    }

    @Test
    void clustersPrintTheCampaignWithItsFirstPost() throws Exception {
        Path project = importedProject();
        CliRun.of("embed", project);

        CliRun run = CliRun.of("clusters", project, "--threshold", "0.9", "--min-size", "2");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("threshold").asDouble()).isEqualTo(0.9);
        JsonNode campaign = json.path("clusters").get(0);
        assertThat(campaign.path("size").asInt()).isEqualTo(4);
        assertThat(campaign.path("first_seen").asText()).isEqualTo("c3");
        assertThat(campaign.path("first_time").asText()).isEqualTo("2026-03-02T07:00:00Z");
        assertThat(campaign.path("last_time").asText()).isEqualTo("2026-03-02T10:00:00Z");
        assertThat(campaign.path("authors")).hasSize(4);
        assertThat(campaign.path("members").toString()).contains("\"c1\"", "\"c2\"", "\"c3\"", "\"c4\"");
    }

    @Test
    void withoutVectorsTheCommandsSayToEmbedFirst() throws Exception {
        Path project = importedProject();

        CliRun similar = CliRun.of("similar", project, "--post", "r1");
        CliRun clusters = CliRun.of("clusters", project);

        assertThat(similar.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(similar.err()).contains("Run `postlens embed " + project + "` first.");
        assertThat(clusters.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(clusters.err()).contains("postlens embed " + project);
        assertThat(similar.out()).isEmpty();
    }

    @Test
    void similarNeedsExactlyOneOfPostAndText() throws Exception {
        Path project = importedProject();
        assertThat(CliRun.of("similar", project).exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("similar", project, "--post", "r1", "--text", "x").exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
