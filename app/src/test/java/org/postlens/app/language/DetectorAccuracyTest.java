package org.postlens.app.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The detector on real tweets of known language (XLM-T's multilingual sentiment validation split, in
 * {@code shared/data}): when it names a language it is right, and it names one for most posts. Romanised Hindi,
 * which no model here knows, must mostly stay unknown rather than be called English.
 */
class DetectorAccuracyTest {

    private static final Map<String, String> FOLDERS = Map.of("arabic", "ar", "english", "en", "french", "fr",
            "german", "de", "italian", "it", "portuguese", "pt", "spanish", "es");

    private final PostLanguageDetector detector = new PostLanguageDetector();

    private static List<String> tweets(String folder) throws IOException {
        Path data = SharedData.folder();
        assumeTrue(data != null, "shared/data is not beside the repository: no real tweets to measure on");
        Path file = data.resolve("xlm-t-umsab").resolve(folder).resolve("val_text.txt");
        assumeTrue(Files.isRegularFile(file), file + " is missing");
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).toList();
    }

    @Test
    void namesTheRightLanguageForMostTweetsAndRarelyAWrongOne() throws IOException {
        long total = 0;
        long assigned = 0;
        long right = 0;
        for (Map.Entry<String, String> folder : FOLDERS.entrySet()) {
            long folderAssigned = 0;
            long folderRight = 0;
            List<String> tweets = tweets(folder.getKey());
            for (String tweet : tweets) {
                String language = detector.detect(tweet);
                if (language != null) {
                    folderAssigned++;
                    if (language.equals(folder.getValue())) {
                        folderRight++;
                    }
                }
            }
            assertThat((double) folderRight / folderAssigned).as("precision, " + folder.getKey()).isGreaterThan(0.95);
            total += tweets.size();
            assigned += folderAssigned;
            right += folderRight;
        }
        assertThat((double) right / assigned).as("precision, all").isGreaterThan(0.98);
        assertThat((double) assigned / total).as("share of tweets given a language").isGreaterThan(0.75);
    }

    @Test
    void romanisedHindiMostlyStaysUnknown() throws IOException {
        List<String> tweets = tweets("hindi");
        long assigned = tweets.stream().filter(tweet -> detector.detect(tweet) != null).count();
        assertThat((double) assigned / tweets.size()).isLessThan(0.5);
    }
}
