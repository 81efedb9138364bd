package org.postlens.app.domain;

/**
 * The text OCR read in one image with the languages it read it with ({@code eng+ara}), Tesseract's mean
 * confidence (0-100) and the run; or the problem that kept it from reading the image ({@code text} null).
 */
public record ImageText(String mediaSha256, String languages, String text, int confidence, String problem, long runId) {

    public boolean isProblem() {
        return problem != null;
    }
}
