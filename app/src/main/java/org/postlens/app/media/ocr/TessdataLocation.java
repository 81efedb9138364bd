package org.postlens.app.media.ocr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where Tesseract's language data ({@code eng.traineddata}, ...) lives: {@code TESSDATA_PREFIX} when set (as
 * Tesseract itself reads it), else the first folder the usual packages install into that exists.
 */
public final class TessdataLocation {

    static final List<Path> PACKAGE_FOLDERS = List.of(
            Path.of("/usr/share/tesseract-ocr/5/tessdata"),       // Debian, Ubuntu
            Path.of("/usr/share/tesseract/tessdata"),             // Fedora
            Path.of("/usr/share/tessdata"),                       // Arch, openSUSE
            Path.of("/opt/homebrew/share/tessdata"),              // Homebrew on Apple silicon
            Path.of("/usr/local/share/tessdata"),                 // Homebrew on Intel, built from source
            Path.of("C:\\Program Files\\Tesseract-OCR\\tessdata")); // the UB Mannheim Windows installer

    private TessdataLocation() {
    }

    public static Path find() {
        return find(System.getenv());
    }

    static Path find(Map<String, String> environment) {
        String prefix = environment.get("TESSDATA_PREFIX");
        if (prefix != null && !prefix.isBlank()) {
            return Path.of(prefix);
        }
        return PACKAGE_FOLDERS.stream().filter(Files::isDirectory).findFirst().orElse(PACKAGE_FOLDERS.get(0));
    }

    /** The languages among {@code wanted} whose data file is not in {@code folder}. */
    static List<String> missing(Path folder, OcrLanguages wanted) {
        List<String> missing = new ArrayList<>();
        for (String code : wanted.codes()) {
            if (!Files.isRegularFile(folder.resolve(code + ".traineddata"))) {
                missing.add(code);
            }
        }
        return missing;
    }
}
