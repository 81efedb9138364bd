package org.postlens.app.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageCodesTest {

    @ParameterizedTest
    @CsvSource({"en,en", "EN,en", "en-US,en", "pt_BR,pt", "ar-SA,ar", "eng,en", "ara,ar", "hin,hi", "fra,fr",
            "fre,fr", "ger,de", "deu,de", "nld,nl", "dut,nl", "English,en", "ARABIC,ar", "Hindi,hi", "français,fr",
            "Deutsch,de", "العربية,ar", "iw,he", "' es ',es", "fil,fil", "zh-Hant-TW,zh"})
    void readsCodesAndNamesAsIso6391(String value, String expected) {
        assertThat(LanguageCodes.normalise(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "und", "UND", "zxx", "qme", "qht", "unknown", "12", "Klingonese"})
    void undeterminedOrUnreadableValuesAreNull(String value) {
        assertThat(LanguageCodes.normalise(value)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"en,English", "ar,Arabic", "hi,Hindi", "nl,Dutch"})
    void namesCodesForPeople(String code, String name) {
        assertThat(LanguageCodes.displayName(code)).isEqualTo(name);
    }
}
