package org.postlens.app.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.Post;
import org.postlens.app.domain.Run;
import org.postlens.app.domain.RunStatus;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.JobCancelledException;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.store.Project;
import org.postlens.runtime.TextEncoder;

/** The embed job, "posts like this" and near-duplicate clusters with the real encoder on real project files. */
class EmbeddingsEndToEndTest {

    private static TextEncoder encoder;

    @TempDir
    Path dir;

    @BeforeAll
    static void openEncoder() {
        encoder = RealTextEncoder.open();
    }

    @AfterAll
    static void closeEncoder() {
        if (encoder != null) {
            encoder.close();
        }
    }

    @Test
    void storesOneVectorPerPostWithItsRunAndModel() throws Exception {
        try (Project project = NewsPosts.project(dir)) {
            EmbedReport report = new EmbedJob(project, encoder, 5).run(ProgressListener.none(), CancellationToken.none());

            String model = encoder.model().id();
            assertThat(report.embedded()).isEqualTo(NewsPosts.WITH_TEXT);
            assertThat(project.embeddings().count(model)).isEqualTo(NewsPosts.WITH_TEXT);
            assertThat(project.embeddings().countMissing(model)).isZero();
            Run run = report.run();
            assertThat(run.status()).isEqualTo(RunStatus.COMPLETE);
            assertThat(run.kind()).isEqualTo("embed");
            assertThat(run.modelId()).isEqualTo(model);
            assertThat(run.modelVersion()).isEqualTo(encoder.model().version());
            assertThat(run.device()).isEqualTo(encoder.model().device());
            assertThat(run.parametersJson()).contains("\"batch_size\":5");
            long postId = project.posts().findBySourceId("", "u1").orElseThrow().id();
            assertThat(project.embeddings().runOf(postId, model)).isEqualTo(run.id());
            assertThat(project.embeddings().load(model).dimension()).isEqualTo(encoder.model().dimension());
        }
    }

    @Test
    void aCancelledRunResumesWithoutEmbeddingAgain() throws Exception {
        try (Project project = NewsPosts.project(dir)) {
            CancellationToken cancel = new CancellationToken();
            assertThatThrownBy(() -> new EmbedJob(project, encoder, 4).run(progress -> cancel.cancel(), cancel))
                    .isInstanceOf(JobCancelledException.class);
            String model = encoder.model().id();
            assertThat(project.embeddings().count(model)).isEqualTo(4);
            long firstPost = project.posts().findBySourceId("", "r1").orElseThrow().id();
            long firstRun = project.embeddings().runOf(firstPost, model);
            assertThat(project.runs().find(firstRun).orElseThrow().status()).isEqualTo(RunStatus.CANCELLED);

            EmbedReport resumed = new EmbedJob(project, encoder, 4).run(ProgressListener.none(), CancellationToken.none());

            assertThat(resumed.alreadyEmbedded()).isEqualTo(4);
            assertThat(resumed.embedded()).isEqualTo(NewsPosts.WITH_TEXT - 4);
            assertThat(project.embeddings().runOf(firstPost, model)).isEqualTo(firstRun);
            EmbedReport again = new EmbedJob(project, encoder, 4).run(ProgressListener.none(), CancellationToken.none());
            assertThat(again.embedded()).isZero();
            assertThat(again.run()).isNull();
        }
    }

    @Test
    void postsLikeAPostPutItsParaphraseAboveUnrelatedPosts() throws Exception {
        try (Project project = NewsPosts.project(dir)) {
            new EmbedJob(project, encoder, 8).run(ProgressListener.none(), CancellationToken.none());
            long r1 = project.posts().findBySourceId("", "r1").orElseThrow().id();

            List<SimilarPost> similar = new SimilarPosts(project, encoder.model().id()).likePost(r1, 5).orElseThrow();

            assertThat(similar.get(0).post().sourceId()).isEqualTo("r2");
            assertThat(similar).extracting(s -> s.post().sourceId()).doesNotContain("r1");
            float unrelated = similar.stream().filter(s -> s.post().sourceId().startsWith("u"))
                    .map(SimilarPost::score).max(Float::compare).orElse(-1f);
            assertThat(similar.get(0).score()).isGreaterThan(unrelated);
        }
    }

    @Test
    void storedInt8ScoresMatchTheEncodersFloatCosine() throws Exception {
        try (Project project = NewsPosts.project(dir)) {
            new EmbedJob(project, encoder, 8).run(ProgressListener.none(), CancellationToken.none());
            Post query = project.posts().findBySourceId("", "c1").orElseThrow();
            float[] queryVector = encoder.encode(List.of(query.text()))[0];

            for (SimilarPost similar : new SimilarPosts(project, encoder.model().id()).likePost(query.id(), 11).orElseThrow()) {
                float[] vector = encoder.encode(List.of(similar.post().text()))[0];
                double exact = 0;
                for (int i = 0; i < vector.length; i++) {
                    exact += queryVector[i] * vector[i];
                }
                assertThat((double) similar.score()).as(similar.post().sourceId()).isCloseTo(exact, within(0.01));
            }
        }
    }

    @Test
    void postsLikeATextFindTheMatchingPosts() throws Exception {
        try (Project project = NewsPosts.project(dir)) {
            new EmbedJob(project, encoder, 8).run(ProgressListener.none(), CancellationToken.none());

            List<SimilarPost> similar = new SimilarPosts(project, encoder.model().id())
                    .likeText(encoder, "bakery recipe for homemade bread", 3);

            assertThat(similar.get(0).post().sourceId()).isEqualTo("u2");
        }
    }

    @Test
    void clustersFindTheCopyPasteCampaignWithItsFirstPost() throws Exception {
        try (Project project = NewsPosts.project(dir)) {
            new EmbedJob(project, encoder, 8).run(ProgressListener.none(), CancellationToken.none());

            List<DuplicateCluster> clusters = new NearDuplicateClusters(project)
                    .find(encoder.model().id(), NearDuplicateClusters.DEFAULT_THRESHOLD, 2, CancellationToken.none());

            assertThat(clusters).isNotEmpty();
            DuplicateCluster campaign = clusters.get(0);
            assertThat(campaign.members()).extracting(Post::sourceId).containsExactlyInAnyOrder("c1", "c2", "c3", "c4");
            assertThat(campaign.firstSeen().sourceId()).isEqualTo("c3");
            assertThat(campaign.firstTime()).isEqualTo("2026-03-02T07:00:00Z");
            assertThat(campaign.lastTime()).isEqualTo("2026-03-02T10:00:00Z");
            assertThat(campaign.authors()).containsExactly("acc3", "acc2", "acc1", "acc4");
            Map<String, Long> clustered = clusters.stream().flatMap(c -> c.members().stream())
                    .collect(Collectors.groupingBy(Post::sourceId, Collectors.counting()));
            assertThat(clustered).doesNotContainKeys("u1", "u2", "u3", "u4", "u5", "u6");
        }
    }

    @Test
    void similarityBeforeEmbeddingSaysSo() throws Exception {
        try (Project project = NewsPosts.project(dir)) {
            assertThatThrownBy(() -> new SimilarPosts(project, encoder.model().id()).likePost(1, 3))
                    .isInstanceOf(MissingEmbeddingsException.class);
        }
    }
}
