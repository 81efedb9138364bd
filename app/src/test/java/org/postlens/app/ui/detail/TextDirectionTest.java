package org.postlens.app.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextDirectionTest {

    @Test
    void arabicAndHebrewReadRightToLeft() {
        assertThat(TextDirection.isMainlyRightToLeft("الفَيَضَانُ يَصِلُ إلى الجِسْرِ")).isTrue();
        assertThat(TextDirection.isMainlyRightToLeft("השיטפון הגיע לגשר")).isTrue();
    }

    @Test
    void mixedTextFollowsTheMajorityOfLetters() {
        assertThat(TextDirection.isMainlyRightToLeft("صور الجسر مزيفة #Maralta https://t.co/x 2019")).isTrue();
        assertThat(TextDirection.isMainlyRightToLeft("Flood in Maralta (الفيضان)")).isFalse();
    }

    @Test
    void otherScriptsAndEmptyReadLeftToRight() {
        assertThat(TextDirection.isMainlyRightToLeft("माराल्टा में बाढ़")).isFalse();
        assertThat(TextDirection.isMainlyRightToLeft("12345 !!! 🙂")).isFalse();
        assertThat(TextDirection.isMainlyRightToLeft("")).isFalse();
        assertThat(TextDirection.isMainlyRightToLeft(null)).isFalse();
    }
}
