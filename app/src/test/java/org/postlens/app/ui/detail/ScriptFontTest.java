package org.postlens.app.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptFontTest {

    @Test
    void arabicDevanagariAndLatinTexts() {
        assertThat(ScriptFont.familyFor("تحذير من الأرصاد: أمطار غزيرة #Maralta https://example.org")).isEqualTo(ScriptFont.ARABIC);
        assertThat(ScriptFont.familyFor("मरालता में अगले तीन दिन भारी बारिश")).isEqualTo(ScriptFont.DEVANAGARI);
        assertThat(ScriptFont.familyFor("Weather advisory for Maralta")).isNull();
        assertThat(ScriptFont.familyFor("12:30 — !!")).isNull();
        assertThat(ScriptFont.familyFor(null)).isNull();
    }
}
