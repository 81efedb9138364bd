package org.postlens.app.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.Int8Vector;
import org.postlens.app.domain.LabelSchema;
import org.postlens.app.domain.NewAnnotation;
import org.postlens.app.domain.NewRun;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.domain.PostRow;
import org.postlens.app.domain.PostVector;
import org.postlens.app.domain.Run;
import org.postlens.app.domain.RunStatus;
import org.postlens.app.domain.SchemaDraft;
import org.postlens.app.domain.SchemaKind;
import org.postlens.app.domain.StoredPrediction;
import org.postlens.app.domain.UncertainPost;
import org.postlens.app.embed.EmbedJob;
import org.postlens.app.embed.RealTextEncoder;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.JobCancelledException;
import org.postlens.app.jobs.Progress;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.store.Project;
import org.postlens.app.ui.TestPosts;
import org.postlens.runtime.RuntimeEnvironment;
import org.postlens.runtime.TextClassifier;
import org.postlens.runtime.pack.Classifiers;
import org.postlens.runtime.pack.ModelPack;
import org.postlens.runtime.pack.ModelPackLoader;
import org.postlens.runtime.train.ModelFamily;

/** Active learning on a real project file with real DJL training (CPU, offline). */
class ActiveLearningJobTest {

    private static final SchemaDraft MOOD = new SchemaDraft("mood", "Mood", SchemaKind.SINGLE,
            List.of("calm", "alarm"), "", List.of(), null);
    private static final String[] CALM = {"restored", "reopened", "thanks", "safe"};
    private static final String[] ALARM = {"evacuate", "collapse", "danger", "trapped"};
    private static final String[] FILLER = "the city river road bridge people water near after today tonight report".split(" ");

    @TempDir
    Path dir;

    @BeforeAll
    static void offline() {
        RuntimeEnvironment.configure(RealTextEncoder.TEST_HOME.resolve("cache").resolve("djl"));
    }

    /** 120 posts: even ids calm, odd ids alarm, each by one cue word among filler; post 3 is unlike any of them. */
    private Project project() throws Exception {
        Random random = new Random(5);
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            String[] cues = i % 2 == 0 ? CALM : ALARM;
            StringBuilder text = new StringBuilder(i == 3 ? "xylophone quiz" : "");
            for (int w = 0; w < (i == 3 ? 0 : 6); w++) {
                text.append(FILLER[random.nextInt(FILLER.length)]).append(' ');
            }
            text.append(i == 3 ? "" : cues[random.nextInt(cues.length)]);
            rows.add(String.format("p%d,2026-03-01T10:%02d:00Z,author,\"%s\",1,1,1,1,en", i, i % 60, text.toString().strip()));
        }
        Project project = Project.create(dir.resolve("flood.postlens"));
        TestPosts.importCsv(project, TestPosts.writeCsv(dir, "posts.csv", rows));
        return project;
    }

    private static List<Long> ids(Project project) {
        return project.posts().page(PostQuery.all(), 0, 1000).stream().map(PostRow::id).sorted().toList();
    }

    /** Labels the first {@code count} posts by their cue (ana), post 3 excepted (it has none). */
    private static LabelSchema label(Project project, List<Long> ids, int count) {
        LabelSchema schema = project.labelSchemas().create(MOOD, false);
        for (int i = 0; i < count; i++) {
            int number = i + 1;
            if (number != 3) {
                project.annotations().add(schema, NewAnnotation.of(ids.get(i), schema.id(), "ana",
                        List.of(number % 2 == 0 ? "calm" : "alarm")));
            }
        }
        return schema;
    }

    @Test
    void trainsOnTheGoldLabelsPredictsTheRestAndQueuesTheMostUncertainFirst() throws Exception {
        try (Project project = project()) {
            List<Long> ids = ids(project);
            LabelSchema schema = label(project, ids, 41);
            List<Progress> progress = new ArrayList<>();

            LearnReport report = new ActiveLearningJob(project, LearnRequest.of("mood", ModelFamily.NGRAM), null)
                    .run(progress::add, CancellationToken.none());

            assertThat(report.labels()).isEqualTo(40);
            assertThat(report.crossValidation().folds()).isEqualTo(5);
            assertThat(report.crossValidation().metric()).isEqualTo("macro_f1");
            assertThat(report.predicted()).as("every post but the 40 labelled").isEqualTo(80);
            Run run = report.run();
            assertThat(run.kind()).isEqualTo(ActiveLearningJob.RUN_KIND);
            assertThat(run.task()).isEqualTo("mood");
            assertThat(run.status()).isEqualTo(RunStatus.COMPLETE);
            assertThat(run.parametersJson()).contains("\"family\":\"NGRAM\"", "\"labels\":40", "\"cv_macro_f1\"");
            assertThat(progress.get(progress.size() - 1).done()).isEqualTo(120);

            Map<Long, Map<String, StoredPrediction>> stored = project.predictions().latest(ids);
            assertThat(stored.get(ids.get(0))).as("labelled posts are not predicted").isNull();
            long right = 0;
            for (int i = 41; i < 120; i++) {
                right += stored.get(ids.get(i)).get("mood").label().equals((i + 1) % 2 == 0 ? "calm" : "alarm") ? 1 : 0;
            }
            assertThat(right).as("79 unlabelled posts with a cue").isGreaterThanOrEqualTo(70);

            List<UncertainPost> queue = ActiveLearningJob.mostUncertain(project, schema, 10);
            assertThat(queue).hasSize(10);
            assertThat(queue).as("the post unlike any labelled one is among the 10 most uncertain of 80")
                    .extracting(UncertainPost::postId).contains(ids.get(2));
            assertThat(queue).extracting(UncertainPost::uncertainty).isSortedAccordingTo((a, b) -> Double.compare(b, a));

            long[] order = project.activeLearning().postsByUncertainty(run.id());
            assertThat(order).hasSize(80);
            assertThat(java.util.Arrays.copyOf(order, 10)).as("the same order as the queue")
                    .containsExactly(queue.stream().mapToLong(UncertainPost::postId).toArray());

            project.annotations().add(schema, NewAnnotation.of(ids.get(2), schema.id(), "ana", List.of("calm")));
            assertThat(ActiveLearningJob.mostUncertain(project, schema, 10)).as("labelled since: out of the queue")
                    .extracting(UncertainPost::postId).doesNotContain(ids.get(2)).hasSize(10);
        }
    }

    @Test
    void theTrainedModelIsSavedAsAPackThatLoadsLikeAShippedOne() throws Exception {
        try (Project project = project()) {
            label(project, ids(project), 30);
            LearnReport report = new ActiveLearningJob(project, LearnRequest.of("mood", ModelFamily.NGRAM).withLearningCurve(true), null)
                    .run(ProgressListener.none(), CancellationToken.none());

            assertThat(report.learningCurve().points()).extracting(p -> p.labels()).containsExactly(10, 20, 29);
            Path folder = report.savePack(dir.resolve("packs").resolve("learned-mood"));

            String card = Files.readString(folder.resolve("model-card.json"));
            assertThat(card).contains("\"project\": \"flood\"", "\"schema\": \"mood\"", "\"task\": \"mood\"", "cross-validation");
            ModelPack pack = new ModelPackLoader().load(folder);
            assertThat(pack.id()).isEqualTo("learned-mood");
            try (TextClassifier classifier = Classifiers.open(pack, null)) {
                assertThat(classifier.classify("the bridge may collapse, evacuate").label()).isEqualTo("alarm");
                assertThat(classifier.classify("road reopened, thanks").label()).isEqualTo("calm");
            }
        }
    }

    @Test
    void storedVectorsAreReadAndNoEncoderIsNeeded() throws Exception {
        try (Project project = project()) {
            List<Long> ids = ids(project);
            Run embed = project.runs().start(new NewRun(EmbedJob.RUN_KIND, "toy-encoder", "1", "none", "cpu", "{}"));
            Random random = new Random(9);
            List<PostVector> vectors = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                float[] vector = new float[16];
                for (int d = 0; d < vector.length; d++) {
                    vector[d] = (float) random.nextGaussian() * 0.1f;
                }
                vector[(i + 1) % 2] += 1f;
                vectors.add(new PostVector(ids.get(i), Int8Vector.quantize(vector)));
            }
            project.embeddings().write(embed.id(), "toy-encoder", vectors);
            project.runs().finish(embed.id(), RunStatus.COMPLETE);
            label(project, ids, 21);

            LearnReport report = new ActiveLearningJob(project, LearnRequest.of("mood", ModelFamily.COMBINED), null)
                    .run(ProgressListener.none(), CancellationToken.none());

            assertThat(report.model().spec().encoderId()).isEqualTo("toy-encoder");
            assertThat(report.model().spec().vectorSize()).isEqualTo(16);
            assertThat(report.run().parametersJson()).contains("\"encoder\":\"toy-encoder\"");
            Map<Long, Map<String, StoredPrediction>> stored = project.predictions().latest(ids);
            assertThat(stored.get(ids.get(2)).get("mood").label()).as("no word seen before, but its vector says alarm").isEqualTo("alarm");
        }
    }

    @Test
    void tooFewLabelsAndACancelAreReportedPlainly() throws Exception {
        try (Project project = project()) {
            List<Long> ids = ids(project);
            label(project, ids, 3);
            assertThatThrownBy(() -> new ActiveLearningJob(project, LearnRequest.of("mood", ModelFamily.NGRAM), null)
                    .run(ProgressListener.none(), CancellationToken.none()))
                    .hasMessage("schema 'mood' has 2 gold-labelled posts with text; active learning needs at least 4");
            assertThatThrownBy(() -> new ActiveLearningJob(project, LearnRequest.of("nope", ModelFamily.NGRAM), null)
                    .run(ProgressListener.none(), CancellationToken.none()))
                    .hasMessage("no label schema 'nope' in the project");
            assertThatThrownBy(() -> new ActiveLearningJob(project, LearnRequest.of("mood", ModelFamily.COMBINED), null)
                    .run(ProgressListener.none(), CancellationToken.none()))
                    .hasMessageContaining("run 'postlens embed' first");
        }
        try (Project project = Project.create(dir.resolve("second.postlens"))) {
            List<String> rows = new ArrayList<>();
            for (int i = 1; i <= 40; i++) {
                rows.add(String.format("q%d,2026-03-01T10:%02d:00Z,author,\"%s post %d\",1,1,1,1,en", i, i, i % 2 == 0 ? "safe" : "danger", i));
            }
            TestPosts.importCsv(project, TestPosts.writeCsv(dir, "more.csv", rows));
            LabelSchema schema = label(project, ids(project), 10);
            CancellationToken cancel = new CancellationToken();
            LearnRequest request = new LearnRequest("mood", ModelFamily.NGRAM, 1, false, 5);
            ProgressListener cancelWhilePredicting = p -> {
                if (p.message().startsWith("Predicting")) {
                    cancel.cancel();
                }
            };

            assertThatThrownBy(() -> new ActiveLearningJob(project, request, null).run(cancelWhilePredicting, cancel))
                    .isInstanceOf(JobCancelledException.class);

            assertThat(ActiveLearningJob.mostUncertain(project, schema, 10)).as("a cancelled run feeds no queue").isEmpty();
        }
    }
}
