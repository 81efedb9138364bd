package org.postlens.app.ui.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.domain.Run;
import org.postlens.app.evaluate.EvaluationResult;
import org.postlens.app.evaluate.GroupEvaluation;
import org.postlens.app.ui.jobs.CurrentThreadTaskExecutor;
import org.postlens.runtime.eval.LabelScores;

/**
 * Annotate ▸ Evaluate a model run without a window: a real project with two annotators' labels and two runs'
 * predictions, measured by the app's evaluation service.
 */
class EvaluationViewModelTest {

    @TempDir
    Path dir;
    MeasuredProject fixture;
    LabelSchema sentiment;
    Run older;
    Run latest;
    EvaluationViewModel viewModel;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new MeasuredProject(dir, 30);
        sentiment = fixture.schema("sentiment");
        SentimentLabels.write(fixture, sentiment);
        older = fixture.run("sentiment", "sentiment-old", java.util.Map.of(fixture.posts.get(5), "negative"), SentimentLabels.LABELS);
        latest = fixture.sentimentRun("sentiment-en", 25);
        viewModel = new EvaluationViewModel(fixture.project, fixture.schemas, fixture.evaluator(), new CurrentThreadTaskExecutor());
    }

    @AfterEach
    void tearDown() {
        fixture.project.close();
    }

    @Test
    void measuresTheLatestRunOfTheFirstSchemaARunAnswers() {
        viewModel.load();

        assertThat(viewModel.schemaProperty().get().name()).isEqualTo("sentiment");
        assertThat(viewModel.runs()).extracting(Run::id).containsExactly(latest.id(), older.id());
        assertThat(viewModel.runProperty().get().id()).isEqualTo(latest.id());
        EvaluationResult result = viewModel.resultProperty().get();
        // Gold: posts 2-19 (alice and bob disagree on 0 and 1). Post 18 has no prediction; 3, 7, 11, 15, 19 are wrong.
        assertThat(result.posts()).isEqualTo(18);
        assertThat(result.withoutPrediction()).isEqualTo(1);
        assertThat(result.subject().goldLeftOut()).isEqualTo(SentimentLabels.DISAGREEMENTS);
        assertThat(result.overall().accuracy()).isCloseTo(12.0 / 17, within(1e-9));
        assertThat(viewModel.perLabel()).extracting(LabelScores::label).containsExactlyElementsOf(SentimentLabels.LABELS);
        // Support counts the measured posts: negative 3, 6, 9, 12, 15 (18 has no prediction); neutral 4 … 19; positive 2 … 17.
        assertThat(viewModel.perLabel()).extracting(LabelScores::support).containsExactly(5, 6, 6);
        int[][] confusion = result.overall().confusion().counts();
        int diagonal = confusion[0][0] + confusion[1][1] + confusion[2][2];
        assertThat(diagonal).isEqualTo(12);
        assertThat(viewModel.summaryProperty().get()).contains("18 posts with a gold label", "17 measured",
                "1 without a prediction", "2 annotated but with no gold label");
        assertThat(viewModel.messageProperty().get()).isEmpty();
        assertThat(viewModel.breakdown("language")).extracting(GroupEvaluation::group).containsExactlyInAnyOrder("en", "ar", "hi");
        assertThat(viewModel.breakdown("language").stream().mapToInt(GroupEvaluation::posts).sum()).isEqualTo(18);
        assertThat(viewModel.breakdown("source")).hasSize(1);
    }

    @Test
    void choosingAnotherRunMeasuresIt() {
        viewModel.load();
        viewModel.runProperty().set(older);

        EvaluationResult result = viewModel.resultProperty().get();
        assertThat(result.subject().run()).contains("sentiment-old");
        assertThat(result.measured()).as("the old run predicted post 5 only").isEqualTo(1);
        assertThat(result.overall().accuracy()).as("post 5 is positive, the old run said negative").isZero();
    }

    @Test
    void aSchemaNoRunAnswersSaysWhatToDo() {
        viewModel.load();
        viewModel.schemaProperty().set(fixture.schema("emotion"));

        assertThat(viewModel.runs()).isEmpty();
        assertThat(viewModel.resultProperty().get()).isNull();
        assertThat(viewModel.messageProperty().get()).contains("No model run answers", "emotion model");
    }

    @Test
    void exportsHtmlCsvAndJsonByExtension() throws Exception {
        viewModel.load();

        Path html = dir.resolve("report.html");
        viewModel.export(html);
        assertThat(Files.readString(html)).contains("<svg", "sentiment-en");
        Path json = dir.resolve("report.json");
        viewModel.export(json);
        assertThat(Files.readString(json)).contains("\"accuracy\"");
        Path csv = dir.resolve("report.csv");
        viewModel.export(csv);
        assertThat(Files.readAllLines(csv).get(0)).isEqualTo("breakdown,group,label,precision,recall,f1,support");
        assertThat(dir.resolve("report.confusion.csv")).exists();
        assertThat(viewModel.exportedProperty().get()).contains("report.csv", "report.confusion.csv");

        viewModel.export(dir.resolve("report.pdf"));
        assertThat(viewModel.exportedProperty().get()).contains(".html, .csv or .json");
        assertThat(dir.resolve("report.pdf")).doesNotExist();
        assertThat(viewModel.suggestedFileName(EvaluationViewModel.ReportFormat.HTML)).isEqualTo("sentiment-run-" + latest.id() + ".html");
    }
}
