package org.postlens.runtime.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NgramFeaturizerTest {

    private final NgramFeaturizer featurizer = new NgramFeaturizer(NgramSettings.defaults(1 << 18));

    @Test
    void normalisesAsTweetEvalWritesTweets() {
        assertThat(TextNormalizer.normalize("RT @CityHall: Ｒｏａｄ  closed\nsee https://t.co/AbC?x=1 or www.example.org!"))
                .isEqualTo("rt @user: road closed see http or http");
        assertThat(TextNormalizer.normalize("mail me at ana@example.org")).as("an address is not a mention")
                .isEqualTo("mail me at ana@example.org");
    }

    @Test
    void namesWordAndCharacterNgrams() {
        HashedNgrams features = featurizer.featurizeWithNames("Not SO bad!!");

        List<String> names = Arrays.asList(features.names());
        assertThat(names).contains("not", "so", "bad", "!", "not so", "so bad", "bad !", "! !", "<n", "<no", "<not>", "bad>", "ot>");
        assertThat(names).as("punctuation and emoji get no character n-grams").doesNotContain("<!", "<!>");
        assertThat(names).as("character n-grams stay within a word").doesNotContain("t s", "ot s", "t so", "t s>");
    }

    @Test
    void eachPartHasUnitLengthAndRepeatsWeighMoreButLessThanTwice() {
        HashedNgrams features = featurizer.featurizeWithNames("flood flood warning");
        int wordCount = 4; // flood, warning, flood flood, flood warning: the word part comes first
        assertThat(Arrays.asList(features.names()).subList(0, wordCount))
                .containsExactlyInAnyOrder("flood", "warning", "flood flood", "flood warning");
        double words = 0;
        double chars = 0;
        Map<String, Float> wordWeights = new HashMap<>();
        for (int i = 0; i < features.size(); i++) {
            double square = features.weights()[i] * features.weights()[i];
            if (i < wordCount) {
                words += square;
                wordWeights.put(features.names()[i], features.weights()[i]);
            } else {
                chars += square;
            }
        }
        assertThat(words).isCloseTo(1.0, within(1e-5));
        assertThat(chars).isCloseTo(1.0, within(1e-5));
        assertThat(wordWeights.get("flood") / wordWeights.get("warning")).isCloseTo((float) (1 + Math.log(2)), within(1e-5f));
    }

    @Test
    void isDeterministicAndAgreesWithAndWithoutNames() {
        String text = "BREAKING: explosion reported near the port 😂 #news @someone";
        HashedNgrams plain = featurizer.featurize(text);
        HashedNgrams named = featurizer.featurizeWithNames(text);

        assertThat(plain.buckets()).containsExactly(named.buckets());
        assertThat(plain.weights()).containsExactly(named.weights());
        assertThat(new NgramFeaturizer(NgramSettings.defaults(1 << 18)).featurize(text).buckets()).containsExactly(plain.buckets());
        assertThat(plain.names()).isNull();
        assertThat(named.names()).contains("#news", "@user", "😂", "<#ne");
    }

    @Test
    void bucketsAreStableAcrossReleases() {
        // Packs store weights by bucket: if these change, every shipped n-gram pack reads texts wrongly.
        NgramFeaturizer small = new NgramFeaturizer(NgramSettings.defaults(1 << 16));
        HashedNgrams features = small.featurizeWithNames("ok");
        Map<String, Integer> buckets = new HashMap<>();
        for (int i = 1; i < features.size(); i++) {
            buckets.put(features.names()[i], features.buckets()[i]);
        }
        assertThat(features.names()[0]).as("the word part comes first").isEqualTo("ok");
        assertThat(features.buckets()[0]).isEqualTo(Math.floorMod(Murmur3.hash("ok", 0x5eed), 1 << 16)).isEqualTo(36955);
        assertThat(buckets).containsOnlyKeys("<o", "ok", "k>", "<ok", "ok>", "<ok>");
        assertThat(buckets.get("<ok>")).isEqualTo(Math.floorMod(Murmur3.hash("<ok>", 0x5eed + 0x9e3779b9), 1 << 16));
    }

    @Test
    void readsArabicAndHindiWithoutAVocabulary() {
        HashedNgrams arabic = featurizer.featurizeWithNames("أمطار غزيرة متوقعة");
        HashedNgrams hindi = featurizer.featurizeWithNames("भारी बारिश की चेतावनी");

        assertThat(arabic.names()).contains("أمطار", "أمطار غزيرة", "<أم", "رة>");
        assertThat(hindi.names()).as("combining vowel signs stay in their word").contains("बारिश", "भारी बारिश", "<बा");
        assertThat(featurizer.featurize("").size()).isZero();
        assertThat(featurizer.featurize("   ").size()).isZero();
    }

    @Test
    void settingsRoundTripThroughServingProperties() {
        NgramSettings settings = new NgramSettings(1, 3, 4, 1 << 15, 99);
        Map<String, String> properties = new HashMap<>();
        settings.write(properties::put);

        assertThat(NgramSettings.read(properties)).isEqualTo(settings);
        properties.remove(NgramSettings.CHAR_MAX_N);
        assertThatThrownBy(() -> NgramSettings.read(properties)).hasMessage("postlens.ngram.charMaxN=null is not a whole number");
        assertThatThrownBy(() -> new NgramSettings(0, 0, 0, 8, 1)).hasMessageContaining("nothing to read");
    }
}
