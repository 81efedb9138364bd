package org.postlens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.annotate.LabelSchemas;
import org.postlens.app.domain.AnnotationOrigin;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.domain.NewAnnotation;
import org.postlens.app.domain.NewPrediction;
import org.postlens.app.domain.NewRun;
import org.postlens.app.domain.Run;
import org.postlens.app.domain.RunStatus;
import org.postlens.app.store.Project;
import org.postlens.resources.TaskDefinitions;

/**
 * A real project: two imported files, two annotators and an adjudicator on the sentiment schema, a completed
 * sentiment run and a newer one still running. Every figure below is worked by hand in the comments.
 */
class AgreementEvaluateCommandTest {

    @TempDir
    Path dir;

    private Path project;
    private long completedRun;
    private long runningRun;

    @BeforeEach
    void project() throws Exception {
        Path posts = dir.resolve("posts.csv");
        Files.writeString(posts, """
                id,text,lang,platform
                1,"Great news for the town",en,x
                2,"Awful flooding again",en,x
                3,"The bridge reopens on Monday",ar,telegram
                4,"Mixed feelings about the new dam",ar,telegram
                5,"Meeting at the town hall at six",en,telegram
                6,"Nobody came to help us",en,x
                """, StandardCharsets.UTF_8);
        Path more = dir.resolve("more.csv");
        Files.writeString(more, """
                id,text,lang,platform
                7,"Volunteers cleaned the whole street",en,x
                8,"Rain expected tomorrow",en,x
                """, StandardCharsets.UTF_8);
        project = dir.resolve("news.postlens");
        assertThat(CliRun.of("import", project, posts).exitCode()).isZero();
        assertThat(CliRun.of("import", project, more).exitCode()).isZero();

        try (Project open = Project.open(project)) {
            LabelSchema sentiment = new LabelSchemas(open, TaskDefinitions.shipped()).require("sentiment");
            label(open, sentiment, "ana", Map.of(1, "positive", 2, "negative", 3, "neutral", 4, "positive", 5, "neutral",
                    7, "positive"));
            label(open, sentiment, "ben", Map.of(1, "positive", 2, "negative", 3, "positive", 4, "negative", 6, "negative",
                    7, "positive"));
            open.annotations().add(sentiment, new NewAnnotation(id(open, 3), sentiment.id(), "lead", List.of("neutral"), "",
                    List.of(), AnnotationOrigin.ADJUDICATION));

            Run run = open.runs().start(new NewRun("analyze", "sentiment-en", "1.0", "test", "cpu", "{}", "sentiment"));
            predict(open, run, Map.of(1, "positive", 2, "negative", 3, "positive", 4, "positive", 5, "neutral",
                    7, "negative", 8, "positive"));
            open.runs().finish(run.id(), RunStatus.COMPLETE);
            completedRun = run.id();
            Run running = open.runs().start(new NewRun("analyze", "sentiment-en", "2.0", "test", "cpu", "{}", "sentiment"));
            predict(open, running, Map.of(1, "negative"));
            runningRun = running.id();
        }
    }

    @Test
    void agreementOfTwoAnnotatorsLeavesTheAdjudicatorOut() throws Exception {
        CliRun run = CliRun.of("agreement", project, "--schema", "sentiment");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.outLines().get(run.outLines().size() - 1));

        assertThat(json.path("annotators").toString()).isEqualTo("[\"ana\",\"ben\"]");
        assertThat(json.path("units").asInt()).isEqualTo(7);
        assertThat(json.path("pairable_units").asInt()).isEqualTo(5);
        // posts 1, 2, 3, 4, 7: ana pos neg neu pos pos, ben pos neg pos neg pos. p_o = 3/5,
        // p_e = 3/5*3/5 + 1/5*2/5 = 11/25 -> kappa = 0.16/0.56 = 2/7. Alpha: n = 10 (pos 6, neg 3, neu 1),
        // 4 disagreeing ordered pairs -> 1 - 9 * 4 / (100 - 46) = 1/3
        assertThat(json.path("kappa").asDouble()).isEqualTo(0.2857);
        assertThat(json.path("alpha").asDouble()).isEqualTo(0.3333);
        assertThat(json.path("per_label").path("neutral").has("kappa")).isTrue();
        assertThat(run.out()).contains("alpha  0.3333").contains("2 annotators: ana, ben");
    }

    @Test
    void agreementWithoutASecondAnnotatorIsNullWithTheReason() throws Exception {
        CliRun run = CliRun.of("agreement", project, "--schema", "verdict", "--json");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).hasSize(1);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("units").asInt()).isZero();
        assertThat(json.path("alpha").isNull()).isTrue();
        assertThat(json.path("alpha_note").asText()).contains("two coders");
    }

    @Test
    void anUnknownSchemaIsAUserErrorNamingTheSchemasThereAre() {
        CliRun run = CliRun.of("agreement", project, "--schema", "nonsense");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("nonsense").contains("sentiment");
    }

    @Test
    void evaluateTheLatestCompletedRunAgainstGoldLabels() throws Exception {
        Path html = dir.resolve("report.html");
        Path csv = dir.resolve("report.csv");
        CliRun run = CliRun.of("evaluate", project, "--task", "sentiment", "--html", html, "--csv", csv);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.outLines().get(run.outLines().size() - 1));

        // gold: 1 pos, 2 neg, 3 neu (adjudicated), 5 neu, 6 neg, 7 pos; post 4 disagrees without adjudication.
        // The completed run missed post 6; measured: 1 pos/pos, 2 neg/neg, 3 neu/pos, 5 neu/neu, 7 pos/neg.
        assertThat(json.path("run").asText()).startsWith("run " + completedRun + " ");
        assertThat(json.path("schema").asText()).isEqualTo("sentiment");
        assertThat(json.path("posts").asInt()).isEqualTo(6);
        assertThat(json.path("measured").asInt()).isEqualTo(5);
        assertThat(json.path("without_prediction").asInt()).isEqualTo(1);
        assertThat(json.path("gold_left_out").asInt()).isEqualTo(1);
        assertThat(json.path("accuracy").asDouble()).isEqualTo(0.6);
        // F1: negative 2/3, neutral 2/3, positive 1/2 -> macro 11/18; weighted (2/3 + 4/3 + 1) / 5 = 0.6
        assertThat(json.path("macro_f1").asDouble()).isEqualTo(0.6111);
        assertThat(json.path("weighted_f1").asDouble()).isEqualTo(0.6);
        assertThat(json.path("per_label").path("positive").path("precision").asDouble()).isEqualTo(0.5);
        assertThat(json.path("confusion").path("counts").toString()).isEqualTo("[[1,0,0],[0,1,1],[1,0,1]]");
        JsonNode sources = json.path("by_source");
        assertThat(sources.get(0).path("group").asText()).isEqualTo("posts.csv");
        assertThat(sources.get(0).path("posts").asInt()).isEqualTo(5);
        assertThat(sources.get(0).path("without_prediction").asInt()).isEqualTo(1);
        assertThat(sources.get(1).path("group").asText()).isEqualTo("more.csv");
        assertThat(sources.get(1).path("accuracy").asDouble()).isZero();
        assertThat(json.path("by_platform").get(0).path("group").asText()).isEqualTo("x");
        assertThat(json.path("by_language").get(0).path("group").asText()).isEqualTo("en");

        assertThat(Files.readString(html)).contains("<svg class=\"heatmap\"").contains("0.6111");
        assertThat(Files.readAllLines(dir.resolve("report.confusion.csv")).get(0))
                .isEqualTo("gold \\ predicted,negative,neutral,positive");
        assertThat(Files.readString(csv)).contains("all,all,macro avg,");
        assertThat(run.out()).contains("accuracy     0.6000");
    }

    @Test
    void aRunNamedByIdIsMeasuredEvenWhileStillRunning() throws Exception {
        CliRun run = CliRun.of("evaluate", project, "--task", "sentiment", "--run", runningRun, "--json");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("measured").asInt()).isEqualTo(1);
        assertThat(json.path("without_prediction").asInt()).isEqualTo(5);
        assertThat(json.path("accuracy").asDouble()).isZero();
        assertThat(json.path("run").asText()).contains("(running)");
    }

    @Test
    void aRunOfAnotherTaskOrATaskWithoutRunsIsAUserError() {
        CliRun wrongTask = CliRun.of("evaluate", project, "--task", "emotion", "--run", completedRun);
        assertThat(wrongTask.exitCode()).isNotZero();
        assertThat(wrongTask.err()).contains("of task 'sentiment'");
        CliRun noRun = CliRun.of("evaluate", project, "--task", "emotion");
        assertThat(noRun.exitCode()).isNotZero();
        assertThat(noRun.err()).contains("no completed run of task 'emotion'");
    }

    private static void label(Project project, LabelSchema schema, String annotator, Map<Integer, String> labels) {
        labels.forEach((post, label) -> project.annotations().add(schema,
                NewAnnotation.of(id(project, post), schema.id(), annotator, List.of(label))));
    }

    private static void predict(Project project, Run run, Map<Integer, String> labels) {
        Map<String, Double> scores = new LinkedHashMap<>();
        scores.put("negative", 0.2);
        scores.put("neutral", 0.3);
        scores.put("positive", 0.5);
        project.predictions().write(labels.entrySet().stream()
                .map(entry -> new NewPrediction(run.id(), id(project, entry.getKey()), entry.getValue(), 0.5, scores))
                .toList());
    }

    private static long id(Project project, int sourceId) {
        return project.posts().findBySourceId(sourceId <= 6 ? platformOf(sourceId) : "x", Integer.toString(sourceId))
                .orElseThrow().id();
    }

    private static String platformOf(int sourceId) {
        return sourceId <= 2 || sourceId == 6 ? "x" : "telegram";
    }
}
