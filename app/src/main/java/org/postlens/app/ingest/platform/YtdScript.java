package org.postlens.app.ingest.platform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;

/**
 * Reads one of the {@code .js} files of an X archive, {@code window.YTD.tweets.part0 = [ … ]}: the assignment is
 * skipped and the array is read one element at a time, so a large archive is never held in memory whole.
 */
final class YtdScript implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    private final JsonParser parser;
    private boolean ended;

    private YtdScript(JsonParser parser) {
        this.parser = parser;
    }

    /** Opens the script, leaving the parser inside its array; refuses a file that does not start like one. */
    static YtdScript open(InputStream in, String name) throws IOException {
        PushbackInputStream stream = new PushbackInputStream(in, 1);
        int b;
        int read = 0;
        while ((b = stream.read()) != -1 && b != '=') {
            if (++read > 4096 || b == '[' || b == '{') {
                in.close();
                throw new IOException(name + " does not start with 'window.YTD.….part0 ='; is it from an X archive?");
            }
        }
        if (b == -1) {
            in.close();
            throw new IOException(name + " holds no 'window.YTD.… =' assignment");
        }
        JsonParser parser = JSON.getFactory().createParser(stream);
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            parser.close();
            throw new IOException(name + ": expected an array after 'window.YTD.… ='");
        }
        return new YtdScript(parser);
    }

    /** The next element, or {@code null} at the end of the array. */
    JsonNode next() throws IOException {
        if (ended) {
            return null;
        }
        JsonToken token = parser.nextToken();
        if (token == null || token == JsonToken.END_ARRAY) {
            ended = true;
            return null;
        }
        return parser.readValueAsTree();
    }

    /** The line where the parser stands, for problems. */
    long line() {
        return parser.currentTokenLocation().getLineNr();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
