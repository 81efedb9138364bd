package org.postlens.app.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postlens.runtime.pack.ModelPack;

class LanguageRoutingTest {

    private static ModelPack pack(String id, String... languages) {
        return new ModelPack(Path.of(id), id, "1", "sentiment", null, List.of(languages), List.of("negative", "positive"),
                false, "OnnxRuntime", Path.of(id, "model.onnx"), null, null, Map.of());
    }

    private final ModelPack english = pack("sentiment-en", "en");
    private final ModelPack arabicAndHindi = pack("sentiment-ngrams", "ar", "hi");
    private final ModelPack anyLanguage = pack("image-reach", "*");
    private final List<ModelPack> packs = List.of(english, arabicAndHindi, anyLanguage);

    @Test
    void aPostGoesToThePacksThatReadItsLanguageAndToLanguageFreeOnes() {
        assertThat(LanguageRouting.packsFor("en", packs)).containsExactly(english, anyLanguage);
        assertThat(LanguageRouting.packsFor("hi", packs)).containsExactly(arabicAndHindi, anyLanguage);
        assertThat(LanguageRouting.packsFor("fr", packs)).containsExactly(anyLanguage);
    }

    @Test
    void anUnknownLanguageGetsNoLanguageSpecificPack() {
        assertThat(LanguageRouting.packsFor(null, packs)).containsExactly(anyLanguage);
        assertThat(LanguageRouting.packsFor("und", packs)).containsExactly(anyLanguage);
        assertThat(LanguageRouting.packsFor(null, List.of(english))).isEmpty();
    }

    @Test
    void codesAreComparedAsIso6391OnBothSides() {
        assertThat(LanguageRouting.applies("en-GB", List.of("en"))).isTrue();
        assertThat(LanguageRouting.applies("ar", List.of("ara"))).isTrue();
        assertThat(LanguageRouting.applies("EN", List.of("en-US"))).isTrue();
        assertThat(LanguageRouting.applies("fr", List.of("en", "ar"))).isFalse();
        assertThat(LanguageRouting.applies(null, List.of("mul"))).isTrue();
    }
}
