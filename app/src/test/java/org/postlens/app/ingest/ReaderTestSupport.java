package org.postlens.app.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.postlens.app.domain.ImportProblem;

/** Writes fixture files and reads them fully. */
final class ReaderTestSupport {

    record ReadAll(List<String> columns, List<SourceRecord> ok, List<ImportProblem> bad) {
        List<String> values(String column) {
            return ok.stream().map(r -> r.get(column)).toList();
        }
    }

    private ReaderTestSupport() {
    }

    static Path write(Path dir, String name, String content) throws IOException {
        return write(dir, name, content, StandardCharsets.UTF_8);
    }

    static Path write(Path dir, String name, String content, Charset charset) throws IOException {
        return Files.write(dir.resolve(name), content.getBytes(charset));
    }

    static Path writeBytes(Path dir, String name, byte[]... parts) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, new byte[0]);
        for (byte[] part : parts) {
            Files.write(file, part, java.nio.file.StandardOpenOption.APPEND);
        }
        return file;
    }

    static ReadAll readAll(Path file, ReaderOptions options) throws IOException {
        List<SourceRecord> ok = new ArrayList<>();
        List<ImportProblem> bad = new ArrayList<>();
        try (RecordReader reader = RecordReaders.open(file, options)) {
            while (reader.hasNext()) {
                ReadItem item = reader.next();
                if (item instanceof ReadItem.Ok good) {
                    ok.add(good.record());
                } else {
                    bad.add(((ReadItem.Bad) item).problem());
                }
            }
            return new ReadAll(reader.columns(), ok, bad);
        }
    }

    static ReadAll readAll(Path file) throws IOException {
        return readAll(file, ReaderOptions.auto());
    }
}
