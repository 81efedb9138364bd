package org.postlens.app.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.postlens.app.domain.ImageRef;

/**
 * Reads an images cell: one reference, several separated by {@code ;}, {@code |} or line breaks, or a JSON array
 * (of strings, or of objects with a {@code media_url_https}/{@code media_url}/{@code url}/{@code path} member, as in
 * Twitter's {@code entities.media}). Commas separate only when every part looks like an image reference (a URL or
 * a name with an image extension), because file names may contain commas. http(s) references become
 * {@link ImageRef.RemoteUrl}; anything else is a {@link ImageRef.LocalFile} resolved against the base directory.
 */
final class ImageListParser {

    private static final String[] OBJECT_MEMBERS = {"media_url_https", "media_url", "url", "src", "path", "file"};
    private static final Pattern STRONG_SEPARATORS = Pattern.compile("[;|\\r\\n]+");
    private static final Pattern IMAGE_REFERENCE = Pattern.compile(
            "(?i)(https?://\\S+|file:\\S+|.+\\.(jpe?g|png|gif|webp|bmp|tiff?|heic|avif))");

    /** The images read, and the parts that could not be used (as written). */
    record Result(List<ImageRef> images, List<String> unusable) {
    }

    private final Path baseDir;

    ImageListParser(Path baseDir) {
        this.baseDir = baseDir;
    }

    Result parse(String cell) {
        List<ImageRef> images = new ArrayList<>();
        List<String> unusable = new ArrayList<>();
        for (String part : split(cell)) {
            String reference = part.strip();
            if (reference.isEmpty()) {
                continue;
            }
            try {
                images.add(toImageRef(reference));
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) { // includes InvalidPathException
                unusable.add(reference);
            }
        }
        return new Result(images, unusable);
    }

    private static List<String> split(String cell) {
        String value = cell == null ? "" : cell.strip();
        if (value.isEmpty()) {
            return List.of();
        }
        if (value.startsWith("[")) {
            List<String> fromJson = fromJsonArray(value);
            if (fromJson != null) {
                return fromJson;
            }
        }
        List<String> parts = List.of(STRONG_SEPARATORS.split(value));
        if (parts.size() == 1 && value.contains(",")) {
            List<String> commaParts = List.of(value.split(","));
            boolean allImages = commaParts.stream().allMatch(p -> IMAGE_REFERENCE.matcher(p.strip()).matches());
            if (allImages) {
                return commaParts;
            }
        }
        return parts;
    }

    /** The array's references, or {@code null} when the cell is not a JSON array. */
    private static List<String> fromJsonArray(String value) {
        JsonNode array;
        try {
            array = JsonRecordSupport.MAPPER.readTree(value);
        } catch (IOException e) {
            return null;
        }
        if (array == null || !array.isArray()) {
            return null;
        }
        List<String> references = new ArrayList<>();
        for (JsonNode element : array) {
            if (element.isObject()) {
                for (String member : OBJECT_MEMBERS) {
                    if (element.hasNonNull(member)) {
                        references.add(element.get(member).asText());
                        break;
                    }
                }
            } else if (element.isValueNode() && !element.isNull()) {
                references.add(element.asText());
            }
        }
        return references;
    }

    private ImageRef toImageRef(String reference) {
        String lower = reference.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return new ImageRef.RemoteUrl(reference);
        }
        if (lower.startsWith("file:")) {
            return new ImageRef.LocalFile(Path.of(URI.create(reference)), reference);
        }
        Path path = Path.of(reference);
        Path resolved = path.isAbsolute() || baseDir == null ? path : baseDir.resolve(path);
        return new ImageRef.LocalFile(resolved.normalize(), reference);
    }
}
