package org.postlens.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.util.Utils;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs in its own JVM (surefire reuseForks=false), so the cache dir below, shared by both tests, is the first DJL ever sees: the
 * encoder must start from the jars alone, offline.
 */
class OfflineStartTest {

    @TempDir
    static Path cacheDir;

    @Test
    void opensOfflineFromAFreshCacheDirWithEverythingUnderIt() throws Exception {
        try (MiniLmTextEncoder encoder = MiniLmTextEncoder.open(cacheDir, DevicePreference.AUTO)) {
            assertThat(encoder.encode(List.of("offline works"))[0]).hasSize(384);
            assertThat(encoder.model().device()).isEqualTo("cpu");
        }

        assertThat(System.getProperty("ai.djl.offline")).isEqualTo("true");
        assertThat(Utils.isOfflineMode()).isTrue();
        assertThat(RuntimeEnvironment.cacheDir()).isEqualTo(cacheDir.toAbsolutePath().normalize());
        assertThat(Utils.getCacheDir()).isEqualTo(cacheDir.toAbsolutePath().normalize());
        assertThat(Utils.getEngineCacheDir()).isEqualTo(cacheDir.toAbsolutePath().normalize());
        Path modelDir = cacheDir.resolve("models/all-minilm-l6-v2-" + MiniLmTextEncoder.MODEL_VERSION);
        assertThat(modelDir.resolve("all-minilm-l6-v2.onnx")).isRegularFile();
        assertThat(modelDir.resolve("tokenizer.json")).isRegularFile();
        try (var files = Files.walk(cacheDir)) {
            assertThat(files.anyMatch(f -> f.getFileName().toString().startsWith("libtokenizers")))
                    .as("the tokenizer's native library is unpacked under the app's cache dir")
                    .isTrue();
        }
    }

    @Test
    void configureKeepsTheFirstDirectory() {
        Path first = RuntimeEnvironment.configure(cacheDir);

        assertThat(RuntimeEnvironment.configure(cacheDir.resolve("elsewhere"))).isEqualTo(first);
        assertThat(System.getProperty("ai.djl.pytorch.graph_optimizer")).isEqualTo("false");
    }
}
