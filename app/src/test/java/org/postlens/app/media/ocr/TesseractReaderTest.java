package org.postlens.app.media.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TesseractReaderTest {

    static final String ENGLISH = "The bridge on River Road is closed";
    static final String ARABIC = "أغلق الجسر القديم بسبب الفيضان";
    static final String HINDI = "नदी में बाढ़ के कारण पुल बंद है";

    static TesseractEngine engine;

    @BeforeAll
    static void engineInstalled() {
        engine = OcrTestSupport.engineOrSkip(OcrLanguages.ALL);
    }

    @Test
    void readsEnglishArabicAndHindiDrawnInImages() {
        try (TesseractReader english = engine.newReader(OcrLanguages.parse("eng"));
             TesseractReader arabic = engine.newReader(OcrLanguages.parse("eng+ara"));
             TesseractReader hindi = engine.newReader(OcrLanguages.parse("eng+hin"))) {
            OcrResult en = english.read(OcrTestSupport.image(ENGLISH));
            OcrResult ar = arabic.read(OcrTestSupport.image(ARABIC));
            OcrResult hi = hindi.read(OcrTestSupport.image(HINDI));
            assertThat(OcrTestSupport.wordsFound(en.text(), ENGLISH)).as(en.text()).isGreaterThanOrEqualTo(0.8);
            assertThat(OcrTestSupport.wordsFound(ar.text(), ARABIC)).as(ar.text()).isGreaterThanOrEqualTo(0.6);
            assertThat(OcrTestSupport.wordsFound(hi.text(), HINDI)).as(hi.text()).isGreaterThanOrEqualTo(0.6);
            assertThat(en.confidence()).isBetween(50, 100);
            assertThat(en.problem()).isNull();
        }
    }

    @Test
    void aDamagedImageIsAProblemOfThatImageAndTheReaderGoesOn() {
        byte[] png = OcrTestSupport.image(ENGLISH);
        byte[] truncated = java.util.Arrays.copyOf(png, png.length / 3);
        try (TesseractReader reader = engine.newReader(OcrLanguages.parse("eng"))) {
            assertThat(reader.read(truncated).problem()).isNotBlank();
            assertThat(reader.read("not an image".getBytes()).problem()).contains("not an image");
            assertThat(reader.read(new byte[0]).problem()).contains("empty");
            assertThat(reader.read(png).text()).containsIgnoringCase("bridge");
        }
    }

    @Test
    void eachThreadReadsWithItsOwnReader() throws Exception {
        byte[] png = OcrTestSupport.image(ENGLISH);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<String>> texts = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                texts.add(pool.submit(() -> {
                    try (TesseractReader reader = engine.newReader(OcrLanguages.parse("eng"))) {
                        return reader.read(png).text() + "\n" + reader.read(png).text();
                    }
                }));
            }
            for (Future<String> text : texts) {
                assertThat(text.get()).containsIgnoringCase("River Road");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void missingLanguageDataNamesThePackageToInstall(@TempDir Path emptyTessdata) throws Exception {
        Files.writeString(emptyTessdata.resolve("eng.traineddata.partial"), "");
        assertThatThrownBy(() -> TesseractEngine.open(emptyTessdata, OcrLanguages.parse("eng,ara")))
                .isInstanceOf(OcrUnavailableException.class)
                .hasMessageContaining("sudo apt install tesseract-ocr-eng tesseract-ocr-ara")
                .hasMessageContaining("eng.traineddata, ara.traineddata")
                .hasMessageContaining(emptyTessdata.toString())
                .satisfies(e -> assertThat(((OcrUnavailableException) e).missingLanguages()).containsExactly("eng", "ara"));
    }

    @Test
    void onlyTheMissingLanguageIsNamed() {
        Path real = engine.tessdata();
        assertThatThrownBy(() -> TesseractEngine.open(real, OcrLanguages.parse("eng,zzz")))
                .isInstanceOf(OcrUnavailableException.class)
                .hasMessageContaining("tesseract-ocr-zzz")
                .hasMessageNotContaining("tesseract-ocr-eng");
    }

}
