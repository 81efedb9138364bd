package org.postlens.app.media.ocr;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.postlens.app.store.SearchText;

/** Tesseract for tests: skips with what to install when it is absent; images drawn here; tolerant word matching. */
public final class OcrTestSupport {

    private OcrTestSupport() {
    }

    public static TesseractEngine engineOrSkip(OcrLanguages languages) {
        try {
            return TesseractEngine.open(languages);
        } catch (OcrUnavailableException e) {
            assumeTrue(false, "OCR tests need Tesseract 5 with eng, ara and hin data (.ci/run installs them): "
                    + e.getMessage());
            throw e;
        }
    }

    /** A PNG of the text in a font installed here that covers its script; skips when there is none. */
    public static byte[] image(String... lines) {
        Optional<String> font = TextImages.fontFor(String.join("", lines));
        assumeTrue(font.isPresent(), "no font covering this script is installed (fonts-noto-core): " + lines[0]);
        return TextImages.png(font.get(), lines);
    }

    /** The share of the expected words found among the recognised words, after search normalisation. */
    public static double wordsFound(String recognised, String expected) {
        Set<String> found = new HashSet<>(words(recognised == null ? "" : recognised));
        List<String> wanted = words(expected);
        return wanted.stream().filter(found::contains).count() / (double) wanted.size();
    }

    private static List<String> words(String text) {
        return Arrays.stream(SearchText.normalize(text).toLowerCase().split("[^\\p{L}\\p{M}\\p{N}]+"))
                .filter(word -> !word.isEmpty()).toList();
    }
}
