package org.postlens.resources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The shipped demo data set: fictional posts about a flood, and the names of the images they refer to. */
public final class DemoData {

    private static final String POSTS = "demo/posts.jsonl";
    private static final String IMAGE_NAMES = "demo/images.txt";

    private DemoData() {
    }

    public static URL postsUrl() {
        return require(POSTS);
    }

    /** The demo posts as UTF-8 JSON Lines; the caller closes the stream. */
    public static InputStream openPosts() throws IOException {
        return postsUrl().openStream();
    }

    /** Image paths relative to the demo folder (e.g. {@code images/flood-street-01.png}), in listed order. */
    public static List<String> imageNames() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(require(IMAGE_NAMES).openStream(), StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + IMAGE_NAMES, e);
        }
    }

    private static URL require(String name) {
        URL url = DemoData.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("Demo resource missing from the build: " + name);
        }
        return url;
    }
}
