package org.postlens.app.media.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Language choice and the install advice: no Tesseract needed. */
class OcrLanguagesTest {

    @Test
    void aPostsLanguageAddsItsScriptToEnglishAndUnknownReadsAllThree() {
        assertThat(OcrLanguages.forPostLanguages(Set.of("en")).tesseractArgument()).isEqualTo("eng");
        assertThat(OcrLanguages.forPostLanguages(Set.of("ar")).tesseractArgument()).isEqualTo("eng+ara");
        assertThat(OcrLanguages.forPostLanguages(Set.of("hi-IN")).tesseractArgument()).isEqualTo("eng+hin");
        assertThat(OcrLanguages.forPostLanguages(Set.of()).tesseractArgument()).isEqualTo("eng+ara+hin");
        assertThat(OcrLanguages.forPostLanguages(Set.of("fr")).tesseractArgument()).isEqualTo("eng+ara+hin");
    }

    @Test
    void theUsersListTakesTesseractOrPostCodesWithCommasOrPluses() {
        assertThat(OcrLanguages.parse("eng,ara,hin")).isEqualTo(OcrLanguages.ALL);
        assertThat(OcrLanguages.parse("en+ar+hi")).isEqualTo(OcrLanguages.ALL);
        assertThat(OcrLanguages.parse(" ENG , eng ").tesseractArgument()).isEqualTo("eng");
        assertThat(OcrLanguages.parse("chi_sim").tesseractArgument()).isEqualTo("chi_sim");
        assertThatThrownBy(() -> OcrLanguages.parse("../../etc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OcrLanguages.parse(" , ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingEngineNamesThePackagesForEachSystem() {
        OcrUnavailableException missing = OcrUnavailableException.engineMissing(
                new UnsatisfiedLinkError("Unable to load library 'tesseract'"));
        assertThat(missing.getMessage())
                .contains("Unable to load library 'tesseract'")
                .contains("sudo apt install tesseract-ocr tesseract-ocr-ara tesseract-ocr-hin")
                .contains("brew install tesseract tesseract-lang")
                .contains("UB Mannheim")
                .contains("Everything else in Postlens works without it.");
        assertThat(missing.missingLanguages()).isEmpty();
    }

    @Test
    void languageDataIsLookedForWhereTESSDATA_PREFIXSaysFirst() {
        assertThat(TessdataLocation.find(Map.of("TESSDATA_PREFIX", "/data/tess"))).isEqualTo(Path.of("/data/tess"));
        assertThat(TessdataLocation.find(Map.of())).isIn(TessdataLocation.PACKAGE_FOLDERS);
    }
}
