package org.postlens.app.testing;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.postlens.app.demo.ReusedImageSet;
import org.postlens.app.domain.Int8Vector;
import org.postlens.app.domain.NewRun;
import org.postlens.app.domain.PostVector;
import org.postlens.app.domain.Run;
import org.postlens.app.domain.RunStatus;
import org.postlens.app.embed.EmbedJob;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.service.ImportRequest;
import org.postlens.app.service.ImportService;
import org.postlens.app.store.Project;

/**
 * A real project of four posts for label propagation: "a" and "b" have near-identical text (their stored vectors
 * are 0.98 alike), "c" shows a captioned, half-size copy of a's picture, "d" is unlike all of them.
 */
public final class NearDuplicatePosts {

    public static final String MODEL = "test-encoder";

    private NearDuplicatePosts() {
    }

    /** Imports the posts (their images fingerprinted by the import) into {@code dir/p.postlens}. */
    public static Path create(Path dir, boolean withEmbeddings) throws Exception {
        List<ReusedImageSet.Sample> pictures = ReusedImageSet.generate(2, 7L);
        BufferedImage scene = pictures.get(0).image();
        BufferedImage other = pictures.get(ReusedImageSet.edits() + 1).image();
        Files.write(dir.resolve("a.jpg"), ReusedImageSet.jpeg(scene, 90));
        Files.write(dir.resolve("c.jpg"), ReusedImageSet.jpeg(ReusedImageSet.captionedHalfSize(scene), 45));
        Files.write(dir.resolve("d.jpg"), ReusedImageSet.jpeg(other, 90));
        Path csv = Files.writeString(dir.resolve("posts.csv"), """
                id,created_at,text,image
                a,2026-03-01T12:00:00Z,"Mayor arrested at dawn, police say",a.jpg
                b,2026-03-01T13:00:00Z,"Mayor arrested at dawn, police say!!",
                c,2026-03-02T12:00:00Z,Look at this,c.jpg
                d,2026-03-03T12:00:00Z,Lovely weather on the coast,d.jpg
                """, StandardCharsets.UTF_8);
        Path file = dir.resolve("p.postlens");
        try (Project project = Project.create(file)) {
            new ImportService(project).importFile(csv, ImportRequest.auto(), ProgressListener.none(),
                    CancellationToken.none());
            if (withEmbeddings) {
                Run run = project.runs().start(new NewRun(EmbedJob.RUN_KIND, MODEL, "1", "OnnxRuntime", "cpu", "{}"));
                project.embeddings().write(run.id(), MODEL, List.of(
                        vector(project, "a", 1f, 0f, 0f),
                        vector(project, "b", 0.98f, 0.199f, 0f),
                        vector(project, "c", 0f, 1f, 0f),
                        vector(project, "d", 0f, 0f, 1f)));
                project.runs().finish(run.id(), RunStatus.COMPLETE);
            }
        }
        return file;
    }

    public static long id(Project project, String sourceId) {
        return project.posts().findBySourceId("", sourceId).orElseThrow().id();
    }

    private static PostVector vector(Project project, String sourceId, float... values) {
        return new PostVector(id(project, sourceId), Int8Vector.quantize(values));
    }
}
