package org.postlens.app.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostLanguageDetectorTest {

    private final PostLanguageDetector detector = new PostLanguageDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The river burst its banks overnight and the whole neighbourhood woke up under water|en",
            "Les pompiers ont évacué toutes les maisons du quartier pendant la nuit|fr",
            "Die Feuerwehr hat in der Nacht alle Häuser im Viertel geräumt|de",
            "I vigili del fuoco hanno evacuato tutte le case del quartiere durante la notte|it",
            "Los bomberos evacuaron todas las casas del barrio durante la noche|es",
            "Não há água nem luz no bairro desde ontem e as pessoas estão à espera de ajuda|pt",
            "De brandweer heeft vannacht alle huizen in de wijk ontruimd|nl",
            "فيضان في المدينة والناس ينتظرون المساعدة منذ الصباح|ar",
            "शहर में बाढ़ का पानी घरों में घुस गया है|hi"})
    void findsTheLanguageOfClearTexts(String text, String expected) {
        assertThat(detector.detect(text)).isEqualTo(expected);
    }

    @Test
    void linksMentionsAndHashtagsDoNotDecide() {
        assertThat(detector.detect("@ministre_fr https://t.co/abc123 #Flood les pompiers ont évacué toutes les maisons du quartier"))
                .isEqualTo("fr");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "😂😂😂 🔥", "12:30 #", "https://t.co/abc123 @user",
            "ok", // too short to tell among Latin-script languages
            "این یک پیام فارسی است که گفتگو می‌کند", // Persian: Arabic script, not Arabic
            "東京で大雨が降っています", // a script none of the languages uses
    })
    void leavesUnclearTextsUnknown(String text) {
        assertThat(detector.detect(text)).isNull();
    }

    @Test
    void assignsOnlyTheLanguagesItKnows() {
        for (String text : new String[] {"Hello everyone", "Merci beaucoup", "مرحبا", "नमस्ते", "Hallo allemaal"}) {
            String language = detector.detect(text);
            assertThat(language == null || PostLanguageDetector.LANGUAGES.contains(language)).as(text).isTrue();
        }
    }
}
