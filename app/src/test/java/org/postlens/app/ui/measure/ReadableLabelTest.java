package org.postlens.app.ui.measure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadableLabelTest {

    @Test
    void aLabelOfWordsStaysAsItIs() {
        assertThat(ReadableLabel.of("mostly true")).isEqualTo("mostly true");
        assertThat(ReadableLabel.of("Flag-waving")).isEqualTo("Flag-waving");
        assertThat(ReadableLabel.of("غير مسيء")).isEqualTo("غير مسيء");
    }

    @Test
    void anEmojiGetsItsUnicodeName() {
        assertThat(ReadableLabel.of("😂")).isEqualTo("😂  face with tears of joy");
        assertThat(ReadableLabel.of("❤")).isEqualTo("❤  heavy black heart");
        assertThat(ReadableLabel.of("❤\uFE0F")).as("the emoji presentation selector is not named")
                .isEqualTo("❤\uFE0F  heavy black heart");
    }

    @Test
    void aFlagIsNamedByItsCountryLetters() {
        assertThat(ReadableLabel.of("🇺🇸")).isEqualTo("🇺🇸  flag US");
    }
}
