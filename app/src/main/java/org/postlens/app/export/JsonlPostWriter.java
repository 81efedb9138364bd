package org.postlens.app.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** JSON Lines in UTF-8: one JSON object per post and line, non-ASCII text written as is. */
final class JsonlPostWriter implements PostWriter {

    private final List<ExportColumns> columns;
    private final JsonGenerator json;
    private boolean wroteAny;

    JsonlPostWriter(OutputStream out, List<ExportColumns> columns) throws IOException {
        this.columns = List.copyOf(columns);
        this.json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        // Root values separated by a newline instead of Jackson's default space.
        this.json.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
    }

    @Override
    public void write(ExportedPost post) throws IOException {
        json.writeStartObject();
        for (ExportColumns group : columns) {
            group.writeJson(post, json);
        }
        json.writeEndObject();
        wroteAny = true;
    }

    @Override
    public void close() throws IOException {
        if (wroteAny) {
            json.writeRaw('\n');
        }
        json.close();
    }
}
