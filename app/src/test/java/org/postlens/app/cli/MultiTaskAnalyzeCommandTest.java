package org.postlens.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.app.testing.HideShippedPacks;
import org.postlens.app.testing.RunnableModelPacks;
import org.postlens.app.ui.TestPosts;
import org.postlens.runtime.MiniLmPretrained;
import org.postlens.runtime.MiniLmTextEncoder;
import org.postlens.runtime.RuntimeEnvironment;
import org.postlens.runtime.multitask.MultiTaskPack;
import org.postlens.runtime.multitask.PackTask;
import org.postlens.app.testing.UseTestHome;

/**
 * analyze --multitask: the multi-task pack answers its task for English posts; other languages and other tasks keep
 * their packs. The pack is the real encoder unchanged with a random offensive head (what it predicts is not tested).
 */
@ExtendWith(HideShippedPacks.class)
@ExtendWith(UseTestHome.class)
class MultiTaskAnalyzeCommandTest {

    @TempDir
    static Path packs;

    @TempDir
    static Path multiTask;

    @TempDir
    Path dir;

    @BeforeAll
    static void packs() throws Exception {
        RunnableModelPacks.pack(packs, "sentiment-en", "sentiment", List.of("en"), List.of("negative", "neutral", "positive"), 1);
        RunnableModelPacks.pack(packs, "offensive-en", "offensive", List.of("en"), List.of("not", "offensive"), 2);
        RunnableModelPacks.pack(packs, "offensive-ar", "offensive", List.of("ar"), List.of("not", "offensive"), 3);
        Path cache = multiTask.resolve("cache");
        RuntimeEnvironment.configure(cache.resolve("djl"));
        Map<String, float[]> base = MultiTaskPack.baseWeights(manager -> MiniLmPretrained.block(cache, manager));
        Map<String, float[]> weights = new LinkedHashMap<>(base);
        float[] head = new float[2 * 384];
        Random random = new Random(1);
        for (int i = 0; i < head.length; i++) {
            head[i] = (float) random.nextGaussian();
        }
        weights.put("head.0.weight", head);
        weights.put("head.0.bias", new float[2]);
        MultiTaskPack.write(multiTask.resolve("mt-en"), weights, base, new MultiTaskPack.Description(
                MiniLmTextEncoder.MODEL_ID, 128, List.of(new PackTask("offensive", List.of("not", "offensive"), false,
                "test", "macro_f1", 0.5)), List.of()));
    }

    @Test
    void theMultiTaskPackReplacesItsTasksEnglishPacksOnly() throws Exception {
        Path project = dir.resolve("flood.postlens");
        CliRun imported = CliRun.of("import", project, TestPosts.writeCsv(dir, "posts.csv", TestPosts.generatedRows(30)));
        assertThat(imported.exitCode()).as(imported.toString()).isZero();

        CliRun analyze = CliRun.of("analyze", project, "--models", packs, "--device", "cpu", "--multitask",
                multiTask.resolve("mt-en"));

        assertThat(analyze.exitCode()).as(analyze.toString()).isZero();
        assertThat(analyze.out()).contains("  offensive: 10 posts with multitask-mt-en ")
                .contains("  offensive: 10 posts with offensive-ar 1.0.0 (PyTorch, cpu) in run ")
                .contains("  sentiment: 10 posts with sentiment-en 1.0.0 (PyTorch, cpu) in run ")
                .doesNotContain("offensive-en");

        CliRun missing = CliRun.of("analyze", project, "--models", packs, "--multitask", dir.resolve("no-pack"));
        assertThat(missing.exitCode()).isNotZero();
        assertThat(missing.err()).contains("Cannot use the multi-task pack").contains("multitask.json");
    }
}
