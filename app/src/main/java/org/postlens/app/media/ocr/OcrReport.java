package org.postlens.app.media.ocr;

import org.postlens.app.domain.Run;

import java.util.List;

/**
 * What an OCR job did: images read by this run (of which {@code withText} held text and {@code problems} could
 * not be read), images read by earlier runs, posts whose search text now includes their images' text, and the
 * run (null when there was nothing to read). {@code waiting}: images left unread because their posts' language
 * has no Tesseract data here ({@code missingLanguages}); a run after installing it reads them.
 */
public record OcrReport(Run run, long read, long withText, long problems, long alreadyRead, long postsIndexed,
                        String languages, long waiting, List<String> missingLanguages) {

    public OcrReport {
        missingLanguages = List.copyOf(missingLanguages);
    }

    /** For a summary line: "" when no image waits. */
    public String waitingExplanation() {
        if (waiting == 0) {
            return "";
        }
        return String.format("%,d images wait for language data not installed (%s): sudo apt install %s, or see the README"
                + " for other systems; then run OCR again.", waiting, String.join(", ", missingLanguages),
                String.join(" ", missingLanguages.stream().map(code -> "tesseract-ocr-" + code.replace('_', '-')).toList()));
    }
}
