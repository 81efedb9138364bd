package org.postlens.app.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.postlens.runtime.ModelInfo;
import org.postlens.runtime.Prediction;
import org.postlens.runtime.TextClassifier;

/** Which model answers each task for a post: by its language, else by its script; only packs that read it. */
class ModelRoutingTest {

    private final TaskModel sentimentEn = model("sentiment", "sentiment-en", "en");
    private final TaskModel sentimentArHi = model("sentiment", "sentiment-ar-hi", "ara", "hi");
    private final TaskModel sentimentMany = model("sentiment", "sentiment-many", "en", "ar", "hi", "fr");
    private final TaskModel offensiveAr = model("offensive", "offensive-ar", "ar");
    private final TaskModel stanceClimate = model("stance:climate", "stance-climate-en", "en-US");
    private final TaskModel stanceAbortion = model("stance:abortion", "stance-abortion-en", "en");
    private final ModelRouting routing = new ModelRouting(
            List.of(sentimentMany, sentimentEn, sentimentArHi, offensiveAr, stanceClimate, stanceAbortion));

    @Test
    void aKnownLanguageGetsTheMostSpecialisedModelOfEachTaskThatReadsIt() {
        assertThat(routing.route("en", "anything")).containsExactlyInAnyOrder(sentimentEn, stanceAbortion, stanceClimate);
        assertThat(routing.route("ar", "anything")).containsExactlyInAnyOrder(sentimentArHi, offensiveAr);
        assertThat(routing.route("fr", "anything")).containsExactly(sentimentMany);
        assertThat(routing.route("de", "anything")).as("no pack reads German").isEmpty();
    }

    @Test
    void codesAreComparedAsIso6391OnBothSides() {
        assertThat(routing.route("en-GB", "")).containsExactlyInAnyOrder(sentimentEn, stanceAbortion, stanceClimate);
        assertThat(routing.route("eng", "")).containsExactlyInAnyOrder(sentimentEn, stanceAbortion, stanceClimate);
        assertThat(routing.route("AR", "")).containsExactlyInAnyOrder(sentimentArHi, offensiveAr);
    }

    @Test
    void anUnknownLanguageIsGuessedFromTheScript() {
        assertThat(routing.route(null, "الفيضانات تغمر الشوارع")).containsExactlyInAnyOrder(sentimentArHi, offensiveAr);
        assertThat(routing.route("und", "बाढ़ से सड़कें डूब गईं")).containsExactly(sentimentArHi);
        assertThat(routing.route("", "Floods reach the bridge")).containsExactlyInAnyOrder(sentimentEn, stanceAbortion, stanceClimate);
        assertThat(routing.route(null, "سیلاب نے پورے گاؤں کو ڈبو دیا")).as("Urdu: Arabic script, not Arabic").isEmpty();
        assertThat(routing.route(null, "洪水 12 🌊")).isEmpty();
        assertThat(routing.route(null, "!!! 123")).isEmpty();
    }

    @Test
    void modelsBeatenEverywhereAreLeftOutAndKeysNameTheLanguagesEachAnswers() {
        TaskModel beaten = model("offensive", "offensive-ar-2", "ar");
        assertThat(new ModelRouting(List.of(beaten, offensiveAr)).models()).as("same languages: the lowest id wins")
                .containsExactly(offensiveAr);
        assertThat(routing.models()).contains(sentimentMany);
        assertThat(routing.keys()).anySatisfy(key -> {
            assertThat(key.modelId()).isEqualTo("sentiment-many");
            assertThat(key.languages()).containsExactly("fr");
        });
        assertThat(routing.keys()).anySatisfy(key -> {
            assertThat(key.modelId()).isEqualTo("stance-climate-en");
            assertThat(key.languages()).containsExactly("en");
        });
        assertThat(routing.languagesByTask()).containsKeys("stance:climate", "stance:abortion");
    }

    private static TaskModel model(String task, String id, String... languages) {
        return new TaskModel(task, Set.of(languages), new Named(id));
    }

    /** Routing only reads a model's id: this one cannot classify. */
    private record Named(String id) implements TextClassifier {
        @Override public ModelInfo model() { return new ModelInfo(id, "1", 2, "Java", "cpu"); }
        @Override public List<String> labels() { return List.of("a", "b"); }
        @Override public boolean multiLabel() { return false; }
        @Override public Prediction classify(String text) { throw new UnsupportedOperationException(); }
        @Override public List<Prediction> classify(List<String> texts) { throw new UnsupportedOperationException(); }
        @Override public void close() { }
    }
}
