package org.postlens.app.ingest.platform;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.postlens.app.ingest.FileFormat;
import org.postlens.app.ingest.ReaderOptions;
import org.postlens.app.ingest.RecordReader;
import org.postlens.app.ingest.RecordReaders;
import org.postlens.app.ingest.archive.ArchiveLimits;
import org.postlens.app.ingest.archive.ExportFiles;
import org.postlens.app.ingest.archive.ZipFiles;

/**
 * Recognises platform exports by their structure, whatever their names, and opens the reader for each: an X
 * archive (folder, zip, or its {@code data/tweets.js}), a Telegram Desktop export (folder, zip, or its
 * {@code result.json}), a CrowdTangle or 4CAT CSV (by header), 4CAT / Zeeschuimer NDJSON (by its envelope).
 */
public final class PlatformExports {

    private static final int SNIFF_CHARS = 64 * 1024;
    private static final Pattern TELEGRAM_MESSAGE = Pattern.compile("\"type\"\\s*:\\s*\"(message|service)\"");
    private static final String RESULT_JSON = "result.json";

    private PlatformExports() {
    }

    /**
     * The platform export at {@code path}, or empty for a plain file or a folder of images. A zip that is not safe
     * to read is refused here, with the reason, before anything else is read from it.
     */
    public static Optional<PlatformFormat> detect(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            if (!tweetParts(path).isEmpty()) {
                return Optional.of(PlatformFormat.X_ARCHIVE);
            }
            return Files.isRegularFile(path.resolve(RESULT_JSON)) ? Optional.of(PlatformFormat.TELEGRAM_EXPORT)
                    : Optional.empty();
        }
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        if (ExportFiles.isZip(path)) {
            try (ZipFiles zip = ZipFiles.open(path, ArchiveLimits.defaults())) {
                return zipFormat(zip.names());
            }
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (xArchiveRoot(path).isPresent()) {
            return Optional.of(PlatformFormat.X_ARCHIVE);
        }
        if (name.endsWith(".json") && looksLikeTelegram(path, name)) {
            return Optional.of(PlatformFormat.TELEGRAM_EXPORT);
        }
        FileFormat format = FileFormat.detect(path);
        if (format == FileFormat.CSV) {
            return csvFormat(path);
        }
        if (format == FileFormat.JSONL && ZeeschuimerReader.isItem(firstLine(path))) {
            return Optional.of(PlatformFormat.ZEESCHUIMER_NDJSON);
        }
        return Optional.empty();
    }

    /** Opens the reader for an export that {@link #detect} recognised. */
    public static PlatformReader open(Path path, PlatformFormat format, ReaderOptions options, ZoneId zoneForLocalTimes)
            throws IOException {
        ReaderOptions chosen = options == null ? ReaderOptions.auto() : options;
        return switch (format) {
            case X_ARCHIVE -> new XArchiveReader(openFiles(xArchiveRoot(path).orElse(path)));
            case TELEGRAM_EXPORT -> telegram(path, zoneForLocalTimes);
            case CROWDTANGLE_CSV -> new CrowdTangleCsvReader(path, chosen, zoneForLocalTimes);
            case FOURCAT_CSV -> new FourCatCsvReader(path, chosen);
            case ZEESCHUIMER_NDJSON -> new ZeeschuimerReader(path);
        };
    }

    private static PlatformReader telegram(Path path, ZoneId zone) throws IOException {
        if (Files.isRegularFile(path) && !ExportFiles.isZip(path)) {
            return new TelegramExportReader(ExportFiles.folder(path.toAbsolutePath().getParent()),
                    path.getFileName().toString(), zone);
        }
        ExportFiles files = openFiles(path);
        try {
            String result = shallowest(files.names().stream().filter(PlatformExports::isResultJson).toList())
                    .orElseThrow(() -> new IOException(path.getFileName() + " holds no result.json"));
            return new TelegramExportReader(files, result, zone);
        } catch (IOException | RuntimeException e) {
            files.close();
            throw e;
        }
    }

    private static ExportFiles openFiles(Path path) throws IOException {
        return ExportFiles.open(path);
    }

    private static Optional<PlatformFormat> zipFormat(List<String> names) {
        if (!XArchiveReader.tweetParts(names).isEmpty()) {
            return Optional.of(PlatformFormat.X_ARCHIVE);
        }
        if (names.stream().anyMatch(PlatformExports::isResultJson)) {
            return Optional.of(PlatformFormat.TELEGRAM_EXPORT);
        }
        return Optional.empty();
    }

    private static boolean isResultJson(String name) {
        return name.equals(RESULT_JSON) || name.endsWith("/" + RESULT_JSON);
    }

    private static Optional<String> shallowest(List<String> names) {
        return names.stream().min(Comparator.comparingLong(name -> name.chars().filter(c -> c == '/').count()));
    }

    private static List<String> tweetParts(Path folder) {
        Path data = folder.resolve("data");
        if (!Files.isDirectory(data)) {
            return List.of();
        }
        try (var listing = Files.list(data)) {
            return XArchiveReader.tweetParts(listing.map(file -> "data/" + file.getFileName()).toList());
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The archive folder when {@code file} is its {@code data/tweets.js} (or {@code tweet.js}, or a part). */
    private static Optional<Path> xArchiveRoot(Path file) {
        Path absolute = file.toAbsolutePath();
        Path data = absolute.getParent();
        if (!Files.isRegularFile(absolute) || data == null || data.getParent() == null
                || !String.valueOf(data.getFileName()).equals("data")) {
            return Optional.empty();
        }
        String name = "data/" + absolute.getFileName();
        return XArchiveReader.tweetParts(List.of(name)).isEmpty() ? Optional.empty() : Optional.of(data.getParent());
    }

    private static boolean looksLikeTelegram(Path file, String lowerName) throws IOException {
        String head = head(file);
        boolean messages = head.contains("\"messages\"") && TELEGRAM_MESSAGE.matcher(head).find();
        boolean accountExport = lowerName.equals(RESULT_JSON) && (head.contains("\"chats\"")
                || head.contains("\"personal_information\""));
        return messages || accountExport;
    }

    private static Optional<PlatformFormat> csvFormat(Path file) throws IOException {
        List<String> header;
        try (RecordReader reader = RecordReaders.open(file, ReaderOptions.auto())) {
            header = reader.columns().stream().map(String::strip).toList();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (CrowdTangleCsvReader.recognises(header)) {
            return Optional.of(PlatformFormat.CROWDTANGLE_CSV);
        }
        return FourCatCsvReader.recognises(header) ? Optional.of(PlatformFormat.FOURCAT_CSV) : Optional.empty();
    }

    private static JsonNode firstLine(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    try {
                        return YtdScript.JSON.readTree(line.replaceFirst("^\uFEFF", ""));
                    } catch (IOException e) {
                        return null;
                    }
                }
            }
            return null;
        } catch (java.nio.charset.MalformedInputException e) {
            return null;
        }
    }

    private static String head(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            char[] buffer = new char[SNIFF_CHARS];
            int total = 0;
            int count;
            while (total < buffer.length && (count = reader.read(buffer, total, buffer.length - total)) > 0) {
                total += count;
            }
            return new String(buffer, 0, total);
        } catch (java.nio.charset.MalformedInputException e) {
            return "";
        }
    }
}
