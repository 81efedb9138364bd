package org.postlens.app.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The language of a post's text, only where it is clear: by script first (Arabic script is Arabic unless it has
 * letters only Persian and Urdu use; Devanagari is Hindi), then, for Latin script, Lingua's statistical models of
 * the Latin-script languages of the task suite, kept only when the best language leads the next by a clear margin.
 * Otherwise null: romanised Hindi, languages outside the list and very short texts mostly stay unknown.
 * See docs/decisions/0007-language-detection.md for the measurements behind these choices.
 *
 * <p>Thread-safe. Lingua's models load on the first Latin-script text (a few hundred ms), not before.
 */
public final class PostLanguageDetector {

    /** Every language this detector can assign (ISO 639-1). */
    public static final Set<String> LANGUAGES = Set.of("ar", "hi", "en", "fr", "de", "it", "pt", "es", "nl");

    /** Lingua's confidences put the best language at 1.0; the runner-up must be at most this. */
    static final double MAXIMUM_RUNNER_UP = 0.90;
    /** Longer texts add time, not certainty. */
    private static final int MAXIMUM_CHARACTERS = 600;
    private static final Pattern NOISE =
            Pattern.compile("https?://\\S+|www\\.\\S+|[@#][\\p{L}\\p{N}_]+|\\b(?:RT|rt)\\b|&amp;|&lt;|&gt;|\\d+");
    private static final Map<Language, String> LATIN_LANGUAGES = Map.of(Language.ENGLISH, "en", Language.FRENCH, "fr",
            Language.GERMAN, "de", Language.ITALIAN, "it", Language.PORTUGUESE, "pt", Language.SPANISH, "es",
            Language.DUTCH, "nl");

    private volatile LanguageDetector latin;

    /** The language of {@code text} (ISO 639-1), or null when it is not clear. */
    public String detect(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String cleaned = NOISE.matcher(text.length() > MAXIMUM_CHARACTERS ? text.substring(0, MAXIMUM_CHARACTERS)
                : text).replaceAll(" ");
        return switch (ScriptCount.of(cleaned).majority()) {
            case ARABIC -> "ar";
            case DEVANAGARI -> "hi";
            case LATIN -> latinLanguage(cleaned);
            case OTHER -> null;
        };
    }

    private String latinLanguage(String text) {
        Map<Language, Double> confidences = latinDetector().computeLanguageConfidenceValues(text);
        Language best = null;
        double bestValue = 0;
        double runnerUp = 0;
        for (Map.Entry<Language, Double> entry : confidences.entrySet()) {
            double value = entry.getValue();
            if (value > bestValue) {
                runnerUp = bestValue;
                bestValue = value;
                best = entry.getKey();
            } else if (value > runnerUp) {
                runnerUp = value;
            }
        }
        if (best == null || bestValue - runnerUp < 1.0 - MAXIMUM_RUNNER_UP) {
            return null;
        }
        return LATIN_LANGUAGES.get(best);
    }

    private LanguageDetector latinDetector() {
        LanguageDetector detector = latin;
        if (detector == null) {
            synchronized (this) {
                detector = latin;
                if (detector == null) {
                    // Low accuracy mode (trigrams only): 3x faster and 15 MB of heap instead of 190, at the cost
                    // of leaving more posts unknown; measured in ADR 0007.
                    detector = LanguageDetectorBuilder.fromLanguages(LATIN_LANGUAGES.keySet().toArray(Language[]::new))
                            .withLowAccuracyMode()
                            .withPreloadedLanguageModels()
                            .build();
                    latin = detector;
                }
            }
        }
        return detector;
    }
}
