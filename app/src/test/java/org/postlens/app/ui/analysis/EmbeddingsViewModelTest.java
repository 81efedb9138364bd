package org.postlens.app.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.domain.Post;
import org.postlens.app.embed.DuplicateCluster;
import org.postlens.app.embed.EncoderUnavailableException;
import org.postlens.app.embed.RealTextEncoder;
import org.postlens.app.embed.SimilarPost;
import org.postlens.app.store.Project;
import org.postlens.app.ui.jobs.CurrentThreadTaskExecutor;
import org.postlens.app.ui.jobs.JobsViewModel;
import org.postlens.runtime.DevicePreference;
import org.postlens.runtime.TextEncoder;

/** Embedding, "posts like this" and clusters through the view models, with the real encoder on a real project. */
class EmbeddingsViewModelTest {

    private static TextEncoder encoder;
    private static int opened;

    @TempDir
    Path dir;

    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final JobsViewModel jobs = new JobsViewModel();
    private final List<String> errors = new ArrayList<>();

    @BeforeAll
    static void openEncoder() {
        encoder = RealTextEncoder.open();
    }

    @AfterAll
    static void closeEncoder() {
        encoder.close();
    }

    /** The shared encoder behind a session that counts how often it is opened (closing it is left to the test). */
    private static EncoderSession session() {
        return new EncoderSession(device -> {
            opened++;
            return new TextEncoder() {
                @Override
                public org.postlens.runtime.ModelInfo model() {
                    return encoder.model();
                }

                @Override
                public float[][] encode(List<String> texts) {
                    return encoder.encode(texts);
                }

                @Override
                public void close() {
                }
            };
        });
    }

    @Test
    void saysToEmbedFirstWhenTheProjectHasNoVectors() throws Exception {
        try (Project project = CopyPastePosts.project(dir)) {
            EmbeddingsViewModel embeddings = new EmbeddingsViewModel(project, executor, jobs, session(), errors::add);
            ClustersViewModel clusters = new ClustersViewModel(project, executor);

            embeddings.likePost(CopyPastePosts.id(project, CopyPastePosts.QUERY));
            clusters.showing();

            assertThat(embeddings.results()).isEmpty();
            assertThat(embeddings.messageProperty().get()).isEqualTo("Embed the posts first (Analyse \u25B8 Embed posts).");
            assertThat(embeddings.busyProperty().get()).isFalse();
            assertThat(clusters.clusters()).isEmpty();
            assertThat(clusters.messageProperty().get()).isEqualTo(EmbeddingsViewModel.NO_VECTORS);
            assertThat(errors).isEmpty();
        }
    }

    @Test
    void embedsOnceThenRanksTheParaphraseFirstAndFindsTheCopyGroup() throws Exception {
        try (Project project = CopyPastePosts.project(dir)) {
            opened = 0;
            EmbeddingsViewModel embeddings = new EmbeddingsViewModel(project, executor, jobs, session(), errors::add);
            ClustersViewModel clusters = new ClustersViewModel(project, executor);

            embeddings.embed();

            assertThat(errors).isEmpty();
            assertThat(jobs.isRunning()).isFalse();
            String model = encoder.model().id();
            assertThat(jobs.noticeProperty().get()).isEqualTo("Embedded 8 posts \u00B7 " + model + " on cpu");
            assertThat(project.embeddings().count(model)).isEqualTo(8);

            // Again: nothing is missing, nothing is embedded, the encoder is not opened again.
            embeddings.embed();
            assertThat(jobs.noticeProperty().get()).isEqualTo("All 8 posts with text are embedded \u00B7 " + model + " on cpu");
            assertThat(opened).isEqualTo(1);

            embeddings.likePost(CopyPastePosts.id(project, CopyPastePosts.QUERY));
            assertThat(embeddings.headingProperty().get())
                    .isEqualTo("Posts like @reporter_one: \u201CFlood waters reach the old bridge in Maralta\u201D");
            assertThat(embeddings.messageProperty().get()).isEmpty();
            List<SimilarPost> similar = List.copyOf(embeddings.results());
            assertThat(similar).hasSize(7);
            assertThat(similar.get(0).post().sourceId()).isEqualTo(CopyPastePosts.PARAPHRASE);
            assertThat(similar).extracting(SimilarPost::score).isSortedAccordingTo((a, b) -> Float.compare(b, a));
            assertThat(similar).extracting(p -> p.post().sourceId()).doesNotContain(CopyPastePosts.QUERY);

            clusters.showing();
            // Largest first: the copy group; a close paraphrase may pair up too at 0.9, a copy never leaves its group.
            DuplicateCluster copies = clusters.clusters().get(0);
            assertThat(copies.members()).extracting(Post::sourceId).containsExactly("c2", "c1", "c3");
            assertThat(copies.firstSeen().author()).isEqualTo("bot_beta");
            assertThat(ClustersViewModel.span(copies)).isEqualTo("22 h 15 min");
            clusters.selectedProperty().set(copies);
            assertThat(clusters.members()).extracting(Post::sourceId).containsExactly("c2", "c1", "c3");
            assertThat(clusters.clusters().subList(1, clusters.clusters().size())).allSatisfy(other ->
                    assertThat(other.members()).extracting(Post::sourceId).doesNotContain("c1", "c2", "c3"));
            assertThat(clusters.summaryProperty().get()).startsWith(clusters.clusters().size() + " cluster");

            // At the strictest threshold the edited copy (extra spaces and "!!") drops out; the selection stays.
            clusters.thresholdProperty().set(1.0);
            assertThat(clusters.clusters()).allSatisfy(c -> assertThat(c.size()).isLessThanOrEqualTo(2));
        }
    }

    @Test
    void findsPostsThatSayATypedText() throws Exception {
        try (Project project = CopyPastePosts.project(dir)) {
            EmbeddingsViewModel embeddings = new EmbeddingsViewModel(project, executor, jobs, session(), errors::add);
            embeddings.embed();

            embeddings.likeText("they are giving out drinking water at the train station");

            assertThat(errors).isEmpty();
            assertThat(embeddings.results().get(0).post().sourceId()).isEqualTo("u2");
            assertThat(embeddings.headingProperty().get()).startsWith("Posts that say \u201Cthey are giving out");
        }
    }

    @Test
    void aMissingGpuIsReportedWithTheRuntimeMessage() throws Exception {
        try (Project project = CopyPastePosts.project(dir)) {
            EncoderSession noGpu = new EncoderSession(device -> {
                throw new EncoderUnavailableException("No CUDA GPU is usable by ONNX Runtime.");
            });
            noGpu.deviceProperty().set(DevicePreference.GPU);
            EmbeddingsViewModel embeddings = new EmbeddingsViewModel(project, executor, jobs, noGpu, errors::add);

            embeddings.embed();

            assertThat(errors).containsExactly("No CUDA GPU is usable by ONNX Runtime.");
            assertThat(jobs.isRunning()).isFalse();
            assertThat(project.runs().latestModel("embed")).isEmpty();
        }
    }
}
