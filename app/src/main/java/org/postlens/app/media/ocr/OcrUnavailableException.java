package org.postlens.app.media.ocr;

import java.util.List;

/**
 * OCR cannot run on this machine: the Tesseract engine or a language's data is missing. The message names
 * exactly what to install; nothing else in Postlens depends on it.
 */
public final class OcrUnavailableException extends RuntimeException {

    private final List<String> missingLanguages;

    OcrUnavailableException(String message, List<String> missingLanguages, Throwable cause) {
        super(message, cause);
        this.missingLanguages = List.copyOf(missingLanguages);
    }

    static OcrUnavailableException engineMissing(Throwable cause) {
        return new OcrUnavailableException("""
                Text in images needs the Tesseract OCR engine (version 5), which is not installed here
                (%s).
                Install it, then run OCR again:
                  Debian/Ubuntu: sudo apt install tesseract-ocr tesseract-ocr-ara tesseract-ocr-hin
                  Fedora: sudo dnf install tesseract tesseract-langpack-ara tesseract-langpack-hin
                  macOS: brew install tesseract tesseract-lang
                  Windows: the UB Mannheim installer (github.com/UB-Mannheim/tesseract/wiki), with Arabic and Hindi ticked
                Everything else in Postlens works without it.""".formatted(cause.getMessage()), List.of(), cause);
    }

    static OcrUnavailableException languagesMissing(List<String> languages, String tessdata) {
        String packages = String.join(" ", languages.stream().map(code -> "tesseract-ocr-" + code.replace('_', '-')).toList());
        String langpacks = String.join(" ", languages.stream().map(code -> "tesseract-langpack-" + code).toList());
        return new OcrUnavailableException(String.format("""
                Tesseract has no data for %s in %s.
                Install it, then run OCR again (or choose other languages with --langs):
                  Debian/Ubuntu: sudo apt install %s
                  Fedora: sudo dnf install %s
                  macOS: brew install tesseract-lang
                  Windows: re-run the Tesseract installer and tick the language, or copy %s into %s
                Or point TESSDATA_PREFIX at a folder holding them.""", String.join(", ", languages.stream()
                        .map(code -> code + ".traineddata").toList()), tessdata, packages, langpacks,
                String.join(", ", languages.stream().map(code -> code + ".traineddata").toList()), tessdata),
                languages, null);
    }

    /** The Tesseract codes whose data is missing; empty when the engine itself is. */
    public List<String> missingLanguages() {
        return missingLanguages;
    }
}
