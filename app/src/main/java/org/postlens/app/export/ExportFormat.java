package org.postlens.app.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats posts can be exported to, chosen by the output file's extension. */
public enum ExportFormat {
    CSV("csv"),
    JSONL("jsonl");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format for {@code out.csv} or {@code out.jsonl} ({@code .ndjson} too); empty for anything else. */
    public static Optional<ExportFormat> forFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Optional.of(JSONL);
        }
        return Optional.empty();
    }
}
