package org.postlens.app.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.annotate.AgreementReport;
import org.postlens.app.annotate.AgreementService;
import org.postlens.app.annotate.LabelSchemas;
import org.postlens.app.annotate.MeasurementLevel;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.domain.NewAnnotation;
import org.postlens.app.domain.NewPrediction;
import org.postlens.app.domain.NewRun;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.domain.PostRow;
import org.postlens.app.domain.PredictedLabels;
import org.postlens.app.domain.Run;
import org.postlens.app.domain.RunStatus;
import org.postlens.app.domain.SchemaDraft;
import org.postlens.app.domain.SchemaKind;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.service.ImportRequest;
import org.postlens.app.service.ImportService;
import org.postlens.app.store.Project;
import org.postlens.resources.TaskDefinitions;

/** A multi-label schema of the user's own, in a real project: agreement and evaluation worked by hand. */
class EvaluationServiceTest {

    private static final List<String> TECHNIQUES = List.of("loaded", "slogans", "doubt");

    @TempDir
    Path dir;

    @Test
    void multiLabelAgreementAndEvaluation() throws Exception {
        try (Project project = Project.create(dir.resolve("p.postlens"))) {
            List<Long> posts = importPosts(project, 5);
            LabelSchemas schemas = new LabelSchemas(project, TaskDefinitions.shipped());
            LabelSchema schema = schemas.create(new SchemaDraft("techniques", "Techniques", SchemaKind.MULTI, TECHNIQUES,
                    "", List.of(), "techniques"));
            label(project, schema, "ana", Map.of(0, List.of("loaded", "slogans"), 1, List.of(), 2, List.of("doubt"),
                    3, List.of("doubt")));
            label(project, schema, "ben", Map.of(0, List.of("loaded", "slogans"), 1, List.of(), 2, List.of("loaded")));
            Run run = project.runs().start(new NewRun("analyze", "techniques-en", "1.0", "test", "cpu",
                    "{\"multi_label\": true}", "techniques"));
            project.predictions().write(List.of(
                    prediction(run, posts.get(0), List.of("loaded")), prediction(run, posts.get(1), List.of()),
                    prediction(run, posts.get(2), List.of("doubt")), prediction(run, posts.get(3), List.of("doubt", "slogans"))));
            project.runs().finish(run.id(), RunStatus.COMPLETE);

            // pairable posts 0-2. loaded: (y,y) (n,n) (n,y): alpha 1 - 5*2/(2*3*3) = 4/9, kappa (2/3-4/9)/(5/9) = 0.4;
            // slogans: (y,y) (n,n) (n,n): 1 and 1; doubt: (n,n) (n,n) (y,n): alpha 1 - 5*2/(2*1*5) = 0, kappa 0
            AgreementReport agreement = new AgreementService(project).measure(schema, MeasurementLevel.NOMINAL);
            assertThat(agreement.units()).isEqualTo(4);
            assertThat(agreement.pairableUnits()).isEqualTo(3);
            assertThat(agreement.perLabel().get(0).alpha().alpha()).isCloseTo(4.0 / 9, within(1e-12));
            assertThat(agreement.perLabel().get(0).kappa().kappa()).isCloseTo(0.4, within(1e-12));
            assertThat(agreement.perLabel().get(2).alpha().alpha()).isCloseTo(0.0, within(1e-12));
            assertThat(agreement.alpha()).isCloseTo((4.0 / 9 + 1 + 0) / 3, within(1e-12));
            assertThat(agreement.kappa()).isCloseTo(1.4 / 3, within(1e-12));

            // gold: post 0 {loaded, slogans}, post 1 {}, post 3 {doubt}; post 2 disagrees. Predicted {loaded}, {},
            // {doubt, slogans}: exact on post 1 only; loaded F1 1, slogans 0 (fn 1, fp 1), doubt 1
            EvaluationResult result = new EvaluationService(project, schemas).evaluate("techniques", null, null);
            assertThat(result.multiLabel()).isTrue();
            assertThat(result.posts()).isEqualTo(3);
            assertThat(result.subject().goldLeftOut()).isEqualTo(1);
            assertThat(result.withoutPrediction()).isZero();
            assertThat(result.overall().accuracy()).isCloseTo(1.0 / 3, within(1e-12));
            assertThat(result.overall().macroF1()).isCloseTo(2.0 / 3, within(1e-12));
            assertThat(result.overall().microF1()).isCloseTo(2.0 / 3, within(1e-12));
            assertThat(result.overall().confusion()).isNull();
            assertThat(result.breakdowns().get(2).groups().get(0).group()).isEqualTo("posts.csv");
        }
    }

    @Test
    void aSingleLabelRunDoesNotMeasureAgainstAMultiLabelSchema() throws Exception {
        try (Project project = Project.create(dir.resolve("p.postlens"))) {
            importPosts(project, 1);
            LabelSchemas schemas = new LabelSchemas(project, TaskDefinitions.shipped());
            schemas.create(new SchemaDraft("techniques", "Techniques", SchemaKind.MULTI, TECHNIQUES, "", List.of(), "techniques"));
            Run run = project.runs().start(new NewRun("analyze", "m", "1", "test", "cpu", "{}", "techniques"));
            project.runs().finish(run.id(), RunStatus.COMPLETE);

            assertThatThrownBy(() -> new EvaluationService(project, schemas).evaluate("techniques", null, null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one label");
            assertThatThrownBy(() -> new EvaluationService(project, schemas).evaluate("no-such-task", run.id(), null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("of task 'techniques'");
        }
    }

    private List<Long> importPosts(Project project, int count) throws Exception {
        StringBuilder csv = new StringBuilder("id,text,lang\n");
        for (int i = 1; i <= count; i++) {
            csv.append(i).append(",\"post number ").append(i).append("\",en\n");
        }
        Path file = dir.resolve("posts.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        new ImportService(project).importFile(file, ImportRequest.auto(), ProgressListener.none(), CancellationToken.none());
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ids.add(project.posts().findBySourceId("", Integer.toString(i)).orElseThrow().id());
        }
        return ids;
    }

    private static void label(Project project, LabelSchema schema, String annotator, Map<Integer, List<String>> labels) {
        List<Long> ids = project.posts().page(PostQuery.all(), 0, 100).stream()
                .map(PostRow::id).sorted().toList();
        labels.forEach((index, given) -> project.annotations().add(schema,
                NewAnnotation.of(ids.get(index), schema.id(), annotator, given)));
    }

    private static NewPrediction prediction(Run run, long post, List<String> labels) {
        return new NewPrediction(run.id(), post, PredictedLabels.join(labels), 0.9,
                Map.of("loaded", 0.5, "slogans", 0.5, "doubt", 0.5));
    }
}
