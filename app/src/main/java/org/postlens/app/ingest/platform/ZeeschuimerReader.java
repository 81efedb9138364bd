package org.postlens.app.ingest.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.postlens.app.ingest.archive.ExportFiles;

/**
 * Reads NDJSON as Zeeschuimer writes it and 4CAT exports the datasets made from it: one item per line, an envelope
 * ({@code item_id}, {@code source_platform}, {@code timestamp_collected}, …) around the platform's own
 * {@code data}. A line that is not such an item is rejected and reading goes on.
 */
final class ZeeschuimerReader extends LookAheadPlatformReader {

    private final Path file;
    private final String label;
    private final BufferedReader lines;
    private final ExportFiles files;
    private long lineNumber;
    private long recordNumber;

    ZeeschuimerReader(Path file) throws IOException {
        this.file = file;
        this.label = file.getFileName().toString();
        this.files = ExportFiles.folder(file.toAbsolutePath().getParent());
        this.lines = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }

    /** A Zeeschuimer item: an object with a {@code data} object and its envelope's platform or item id. */
    static boolean isItem(JsonNode node) {
        return node != null && node.isObject() && node.path("data").isObject()
                && (node.has("source_platform") || node.has("item_id"));
    }

    @Override
    public PlatformFormat format() {
        return PlatformFormat.ZEESCHUIMER_NDJSON;
    }

    @Override
    public List<String> postFiles() {
        return List.of(label);
    }

    @Override
    public ExportFiles files() {
        return files;
    }

    @Override
    public long estimatedRecords() {
        try {
            return Math.max(1, Files.size(file) / 4000); // captured items carry several KB of platform JSON
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    protected PlatformItem readNext() throws IOException {
        String line;
        do {
            line = lines.readLine();
            lineNumber++;
        } while (line != null && line.isBlank());
        if (line == null) {
            return null;
        }
        recordNumber++;
        PostFields post = new PostFields(label, recordNumber, lineNumber, line);
        JsonNode item;
        try {
            item = YtdScript.JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return post.reject("malformed JSON at column " + e.getLocation().getColumnNr() + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        if (!isItem(item)) {
            return post.reject("not a Zeeschuimer item: expected an object with 'source_platform' and a 'data' object");
        }
        ZeeschuimerItems.read(JsonValues.text(item, "source_platform"), JsonValues.text(item, "item_id", "id"),
                item.get("data"), post);
        return post.toItem();
    }

    @Override
    public void close() throws IOException {
        try {
            lines.close();
        } finally {
            files.close();
        }
    }
}
