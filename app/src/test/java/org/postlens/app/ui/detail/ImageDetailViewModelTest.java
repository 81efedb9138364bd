package org.postlens.app.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.demo.ReusedImageSet;
import org.postlens.app.domain.Post;
import org.postlens.app.domain.SimilarImage;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.media.ExifJpeg;
import org.postlens.app.service.ImportRequest;
import org.postlens.app.service.ImportService;
import org.postlens.app.store.Project;
import org.postlens.app.ui.jobs.CurrentThreadTaskExecutor;

/** The detail pane's image metadata lines and "Where else?", without a window. */
class ImageDetailViewModelTest {

    @TempDir
    Path dir;

    @Test
    void showsEachImagesMetadataAndFindsTheOtherPostsWithTheSamePicture() throws Exception {
        BufferedImage scene = ReusedImageSet.generate(1, 3L).get(0).image();
        Files.write(dir.resolve("a.jpg"), new ExifJpeg().camera("Apple", "iPhone 15").software("Instagram")
                .taken("2026:03:01 07:15:00", "-05:00").gps(40.7128, -74.006).into(ReusedImageSet.jpeg(scene, 90)));
        Files.write(dir.resolve("b.jpg"), ReusedImageSet.jpeg(ReusedImageSet.captionedHalfSize(scene), 45));
        Path csv = Files.writeString(dir.resolve("posts.csv"), """
                id,created_at,text,image
                a,2026-03-01T12:00:00Z,original,a.jpg
                b,2026-03-02T12:00:00Z,re-share,b.jpg
                """, StandardCharsets.UTF_8);
        try (Project project = Project.create(dir.resolve("p.postlens"))) {
            new ImportService(project).importFile(csv, ImportRequest.auto(), ProgressListener.none(), CancellationToken.none());
            Post original = project.posts().findBySourceId("", "a").orElseThrow();
            PostDetailViewModel viewModel = new PostDetailViewModel(project, new CurrentThreadTaskExecutor());

            viewModel.show(original.id());

            PostDetailViewModel.Detail detail = viewModel.detailProperty().get();
            assertThat(detail.imageFields(detail.images().get(0)))
                    .extracting(PostDetailViewModel.Field::label, PostDetailViewModel.Field::value)
                    .contains(org.assertj.core.groups.Tuple.tuple("Camera", "Apple iPhone 15"),
                            org.assertj.core.groups.Tuple.tuple("Software", "Instagram"),
                            org.assertj.core.groups.Tuple.tuple("Taken at", "2026-03-01T07:15:00-05:00"),
                            org.assertj.core.groups.Tuple.tuple("GPS", "40.712800, -74.006000"));

            viewModel.findElsewhere(detail.images().get(0).sha256());

            PostDetailViewModel.Elsewhere elsewhere = viewModel.elsewhereProperty().get();
            assertThat(elsewhere.postId()).isEqualTo(original.id());
            assertThat(elsewhere.matches()).flatExtracting(SimilarImage::posts).extracting(Post::sourceId)
                    .containsExactly("b");

            viewModel.show(project.posts().findBySourceId("", "b").orElseThrow().id());
            assertThat(viewModel.elsewhereProperty().get()).isNull();
        }
    }
}
