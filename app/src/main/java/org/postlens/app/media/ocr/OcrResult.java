package org.postlens.app.media.ocr;

/**
 * What OCR read in one image: its text (empty when it found none) and Tesseract's mean word confidence,
 * 0-100; or, for an image it could not read, the problem and no text.
 */
public record OcrResult(String text, int confidence, String problem) {

    public static OcrResult read(String text, int confidence) {
        return new OcrResult(text.strip(), Math.max(0, confidence), null);
    }

    public static OcrResult unreadable(String problem) {
        return new OcrResult(null, 0, problem);
    }

    public boolean isProblem() {
        return problem != null;
    }
}
