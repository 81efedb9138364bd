package org.postlens.app.media.ocr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Tesseract languages one image is read with, in the order Tesseract tries them ({@code eng+ara}). Each
 * extra language costs time on every image, so a post's own language picks them where it is known.
 */
public record OcrLanguages(List<String> codes) {

    /** What Postlens reads when the user does not choose: the three languages of its task suite. */
    public static final OcrLanguages ALL = new OcrLanguages(List.of("eng", "ara", "hin"));

    /** What must be installed to read by each post's language: English; Arabic and Hindi are read where present. */
    public static final OcrLanguages REQUIRED_BY_DEFAULT = new OcrLanguages(List.of("eng"));

    private static final Map<String, String> TESSERACT_CODES = Map.of("en", "eng", "ar", "ara", "hi", "hin");

    public OcrLanguages {
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("no OCR language given");
        }
        for (String code : codes) {
            if (!code.matches("[a-z]{3}(_[a-z]+)?")) {
                throw new IllegalArgumentException("not a Tesseract language code (like eng, ara, hin): " + code);
            }
        }
        codes = List.copyOf(new LinkedHashSet<>(codes));
    }

    /** Parses {@code eng,ara} or {@code eng+ara}; two-letter post codes (en, ar, hi) are accepted too. */
    public static OcrLanguages parse(String list) {
        List<String> codes = new ArrayList<>();
        for (String part : list.toLowerCase(Locale.ROOT).split("[,+\\s]+")) {
            if (!part.isEmpty()) {
                codes.add(TESSERACT_CODES.getOrDefault(part, part));
            }
        }
        return new OcrLanguages(codes);
    }

    /**
     * The languages for an image of posts written in {@code postLanguages}: English always (screenshots
     * mix it into every language), plus Arabic or Hindi where a post is in them; all three when no post
     * says its language.
     */
    public static OcrLanguages forPostLanguages(Set<String> postLanguages) {
        List<String> codes = new ArrayList<>(List.of("eng"));
        boolean known = false;
        for (String lang : postLanguages) {
            String code = lang == null ? null : TESSERACT_CODES.get(lang.toLowerCase(Locale.ROOT).split("-")[0]);
            if (code != null) {
                known = true;
                codes.add(code);
            }
        }
        return known ? new OcrLanguages(codes) : ALL;
    }

    /** Whether the posts named no language Postlens maps to Tesseract: any installed language will do. */
    public boolean isGuess() {
        return this == ALL || equals(ALL);
    }

    /** These languages less {@code absent} (English is kept); itself when none is absent. */
    public OcrLanguages without(List<String> absent) {
        List<String> kept = codes.stream().filter(code -> !absent.contains(code)).toList();
        return kept.isEmpty() ? this : new OcrLanguages(kept);
    }

    /** As Tesseract takes it: {@code eng+ara}. */
    public String tesseractArgument() {
        return String.join("+", codes);
    }

    @Override
    public String toString() {
        return tesseractArgument();
    }
}
