package org.postlens.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.NewPrediction;
import org.postlens.app.domain.NewRun;
import org.postlens.app.domain.PostDraft;
import org.postlens.app.domain.PostQuery;
import org.postlens.app.domain.PostRow;
import org.postlens.app.domain.PendingPost;
import org.postlens.app.domain.PredictionFilter;
import org.postlens.app.domain.Run;
import org.postlens.app.domain.StoredPrediction;
import org.postlens.app.domain.TaskModelKey;

class PredictionStoreTest {

    private static final TaskModelKey SENTIMENT_EN = new TaskModelKey("sentiment-en", "1", Set.of("en"));

    @TempDir
    Path dir;

    @Test
    void storesPredictionsWithTheirRunAndAllClassScores() throws Exception {
        try (Project project = project()) {
            Run run = start(project, "sentiment-en", "1", "sentiment");
            long post = id(project, "good news");
            project.predictions().write(List.of(prediction(run, post, "positive", 0.8)));

            StoredPrediction stored = project.predictions().latest(post).get("sentiment");

            assertThat(stored.label()).isEqualTo("positive");
            assertThat(stored.score()).isEqualTo(0.8);
            assertThat(stored.scores()).containsExactly(Map.entry("negative", 0.2), Map.entry("positive", 0.8));
            assertThat(stored.run().modelId()).isEqualTo("sentiment-en");
            assertThat(stored.run().task()).isEqualTo("sentiment");
            assertThat(stored.run().device()).isEqualTo("cpu");
            assertThat(project.runs().find(run.id()).orElseThrow().task()).isEqualTo("sentiment");
        }
    }

    @Test
    void missingSkipsPostsDoneByTheSameVersionAndPostsInOtherLanguages() throws Exception {
        try (Project project = project()) {
            assertThat(project.predictions().countMissing(List.of(SENTIMENT_EN)))
                    .as("English and unknown-language posts with text").isEqualTo(4);
            Run run = start(project, "sentiment-en", "1", "sentiment");
            long first = id(project, "good news");
            project.predictions().write(List.of(prediction(run, first, "positive", 0.9)));

            List<PendingPost> page = project.predictions().missing(List.of(SENTIMENT_EN), 0, 10);
            assertThat(page).extracting(p -> p.post().text()).containsExactly("bad news", "no idea", "unknown words");
            assertThat(project.predictions().missing(List.of(SENTIMENT_EN), page.get(0).post().postId(), 1))
                    .extracting(p -> p.post().text()).containsExactly("no idea");
            assertThat(project.predictions().predicted("sentiment-en", "1", List.of(first, page.get(0).post().postId())))
                    .containsExactly(first);

            TaskModelKey newVersion = new TaskModelKey("sentiment-en", "2", Set.of("en"));
            assertThat(project.predictions().countMissing(List.of(newVersion)))
                    .as("a new version predicts every post again").isEqualTo(4);
            TaskModelKey arabic = new TaskModelKey("offensive-ar", "1", Set.of("ar"));
            assertThat(project.predictions().countMissing(List.of(SENTIMENT_EN, arabic)))
                    .as("posts lacking either model").isEqualTo(4);
            assertThat(project.predictions().missing(List.of(arabic), 0, 10)).extracting(p -> p.post().text())
                    .containsExactly("أخبار جيدة", "unknown words");
            List<PendingPost> both = project.predictions().missing(List.of(SENTIMENT_EN, arabic), 0, 10);
            assertThat(both).extracting(p -> p.post().text())
                    .as("'good news' is done by sentiment-en and not Arabic")
                    .containsExactly("bad news", "أخبار جيدة", "no idea", "unknown words");
            assertThat(both.get(0).lacks(0)).isTrue();
            assertThat(both.get(0).lacks(1)).as("not Arabic").isFalse();
            assertThat(both.get(1).lacks(0)).as("not English").isFalse();
            assertThat(both.get(1).lacks(1)).isTrue();
            assertThat(both.get(3).lacks(0) && both.get(3).lacks(1)).as("unknown language: every model").isTrue();
        }
    }

    @Test
    void readersSeeTheLatestRunOfEachTask() throws Exception {
        try (Project project = project()) {
            long post = id(project, "good news");
            Run old = start(project, "sentiment-en", "1", "sentiment");
            project.predictions().write(List.of(prediction(old, post, "negative", 0.6)));
            Run offensive = start(project, "offensive-en", "1", "offensive");
            project.predictions().write(List.of(new NewPrediction(offensive.id(), post, "not", 0.7,
                    scores("not", 0.7, "offensive", 0.3))));
            Run newer = start(project, "sentiment-en", "2", "sentiment");
            project.predictions().write(List.of(prediction(newer, post, "positive", 0.95)));

            Map<String, StoredPrediction> latest = project.predictions().latest(List.of(post)).get(post);

            assertThat(latest.keySet()).containsExactly("offensive", "sentiment");
            assertThat(latest.get("sentiment").label()).isEqualTo("positive");
            assertThat(latest.get("sentiment").run().modelVersion()).isEqualTo("2");
            assertThat(project.predictions().tasks()).containsExactly("offensive", "sentiment");
            assertThat(project.predictions().labelCounts(newer.id())).containsExactly(Map.entry("positive", 1L));

            PostQuery negative = PostQuery.all().withPrediction(new PredictionFilter("sentiment", "negative", null, null));
            assertThat(project.posts().count(negative)).as("the superseded label no longer selects the post").isZero();
        }
    }

    @Test
    void postsFilterByTaskLabelAndScoreRange() throws Exception {
        try (Project project = project()) {
            Run run = start(project, "sentiment-en", "1", "sentiment");
            project.predictions().write(List.of(
                    prediction(run, id(project, "good news"), "positive", 0.9),
                    prediction(run, id(project, "bad news"), "negative", 0.7),
                    prediction(run, id(project, "no idea"), "positive", 0.55)));

            assertThat(texts(project, new PredictionFilter("sentiment", "positive", null, null)))
                    .containsExactly("good news", "no idea");
            assertThat(texts(project, new PredictionFilter("sentiment", "positive", 0.6, null))).containsExactly("good news");
            assertThat(texts(project, new PredictionFilter("sentiment", null, 0.6, 0.8))).containsExactly("bad news");
            assertThat(texts(project, new PredictionFilter("offensive", null, null, null))).isEmpty();
            PostQuery searchAndLabel = PostQuery.all().withSearch("news")
                    .withPrediction(new PredictionFilter("sentiment", "negative", null, null));
            assertThat(project.posts().count(searchAndLabel)).isEqualTo(1);
        }
    }

    @Test
    void aBatchLandsWholeOrNotAtAll() throws Exception {
        try (Project project = project()) {
            Run run = start(project, "sentiment-en", "1", "sentiment");
            long post = id(project, "good news");
            List<NewPrediction> batch = List.of(prediction(run, post, "positive", 0.9),
                    prediction(run, 999_999, "positive", 0.9)); // no such post: the foreign key fails
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> project.predictions().write(batch))
                    .isInstanceOf(StoreException.class);
            assertThat(project.predictions().latest(post)).isEmpty();
        }
    }

    private static List<String> texts(Project project, PredictionFilter filter) {
        return project.posts().page(PostQuery.all().withPrediction(filter), 0, 100).stream().map(PostRow::text).toList();
    }

    private static Run start(Project project, String model, String version, String task) {
        return project.runs().start(new NewRun("analyze", model, version, "PyTorch", "cpu", "{}", task));
    }

    private static NewPrediction prediction(Run run, long post, String label, double score) {
        double other = Math.round((1 - score) * 1000) / 1000.0;
        return new NewPrediction(run.id(), post, label, score, label.equals("positive")
                ? scores("negative", other, "positive", score) : scores("negative", score, "positive", other));
    }

    private static Map<String, Double> scores(String a, double aScore, String b, double bScore) {
        Map<String, Double> scores = new LinkedHashMap<>();
        scores.put(a, aScore);
        scores.put(b, bScore);
        return scores;
    }

    private static long id(Project project, String text) {
        return project.posts().page(PostQuery.all().sortedBy(PostQuery.Sort.IMPORT_ORDER, false), 0, 100).stream()
                .filter(row -> row.text().equals(text)).findFirst().orElseThrow().id();
    }

    /** English, Arabic, unknown-language and empty posts. */
    private Project project() throws Exception {
        Project project = Project.create(dir.resolve("p.postlens"));
        String[][] posts = {{"good news", "en"}, {"bad news", "en"}, {"أخبار جيدة", "ar"}, {"no idea", "en"},
                {"", "en"}, {"unknown words", null}};
        List<PostDraft> drafts = new ArrayList<>();
        for (int i = 0; i < posts.length; i++) {
            drafts.add(StoreFixtures.post("p" + i, posts[i][0], "ann", posts[i][1], Instant.EPOCH.plusSeconds(i), i + 1));
        }
        StoreFixtures.write(project, StoreFixtures.source(project, "a.csv"), drafts, List.of());
        return project;
    }
}
