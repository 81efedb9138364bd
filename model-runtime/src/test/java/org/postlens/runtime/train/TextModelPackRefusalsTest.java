package org.postlens.runtime.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postlens.runtime.RuntimeEnvironment;
import org.postlens.runtime.pack.InvalidModelPackException;
import org.postlens.runtime.pack.ModelPack;
import org.postlens.runtime.pack.ModelPackLoader;

/** What {@link ModelPackLoader} refuses in a {@code text-model} pack, each with a message naming the problem. */
class TextModelPackRefusalsTest {

    @TempDir
    static Path cacheDir;

    @TempDir
    static Path packs;

    static TrainedTextModel model;

    Path folder;
    Path properties;
    String original;

    @BeforeAll
    static void train() {
        RuntimeEnvironment.configure(cacheDir);
        model = TextModelTrainer.builder().setFamily(ModelFamily.NGRAM).optBuckets(1 << 10).optMaxEpochs(1).build()
                .train(ToyData.sentiment(60, 30, 9), TrainingProgress.none(), () -> false);
    }

    @BeforeEach
    void writePack(@TempDir Path root) throws IOException {
        folder = model.writePack(root.resolve("toy"), PackDescription.of("toy", "1", "sentiment", List.of("en"), "toy", "CC0-1.0"));
        properties = folder.resolve("serving.properties");
        original = Files.readString(properties);
    }

    @Test
    void theWrittenPackLoads() throws Exception {
        assertThat(new ModelPackLoader().load(folder).id()).isEqualTo("toy");
    }

    @Test
    void aTargetIsWrittenToCardAndPropertiesAndMakesTheTaskKey(@TempDir Path root) throws Exception {
        Path stance = model.writePack(root.resolve("stance-climate"), PackDescription.of("stance-climate", "1", "stance",
                List.of("en"), "toy", "CC0-1.0").withTarget("climate"));

        assertThat(Files.readString(stance.resolve("serving.properties"))).contains("postlens.target=climate");
        assertThat(Files.readString(stance.resolve("model-card.json"))).contains("\"target\": \"climate\"");
        ModelPack pack = new ModelPackLoader().load(stance);
        assertThat(pack.task()).isEqualTo("stance");
        assertThat(pack.target()).isEqualTo("climate");
        assertThat(pack.taskKey()).isEqualTo("stance:climate");
        assertThat(new ModelPackLoader().load(folder).taskKey()).as("no target: the task").isEqualTo("sentiment");
    }

    @Test
    void targetsThatDisagreeOrWouldNotReadBackAreRefused() throws IOException {
        Path card = folder.resolve("model-card.json");
        String originalCard = Files.readString(card);
        Files.writeString(properties, original + "postlens.target=climate\n");
        Files.writeString(card, originalCard.replaceFirst("\"task\": \"sentiment\",",
                "\"task\": \"sentiment\", \"target\": \"abortion\","));
        assertThatThrownBy(() -> new ModelPackLoader().load(folder)).isInstanceOf(InvalidModelPackException.class)
                .hasMessageContaining("serving.properties says postlens.target=climate but model-card.json says target abortion");

        Files.writeString(card, originalCard);
        Files.writeString(properties, original + "postlens.target=climate:change\n");
        assertThatThrownBy(() -> new ModelPackLoader().load(folder)).isInstanceOf(InvalidModelPackException.class)
                .hasMessageContaining("target 'climate:change' must be lower-case letters");
        assertThatThrownBy(() -> PackDescription.of("s", "1", "stance", List.of("en"), "toy", "CC0-1.0").withTarget("Climate Change"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lower-case letters");
    }

    @Test
    void anotherBucketCountIsAShapeProblem() throws IOException {
        Files.writeString(properties, original.replace("postlens.ngram.buckets=1024", "postlens.ngram.buckets=2048"));

        assertThatThrownBy(() -> new ModelPackLoader().load(folder))
                .isInstanceOf(InvalidModelPackException.class)
                .hasMessage("pack 'toy': model-0000.params does not fit TextModel(buckets=2048, vector=0, hidden=0, labels=3)"
                        + " (from serving.properties and the label list): ngrams is (1024, 3), expected (2048, 3)");
    }

    @Test
    void anotherLabelCountIsAShapeProblem() throws IOException {
        Files.writeString(folder.resolve("labels.txt"), "negative\nneutral\npositive\nmixed\n");

        assertThatThrownBy(() -> new ModelPackLoader().load(folder))
                .hasMessageContaining("ngrams is (1024, 3), expected (1024, 4)")
                .hasMessageContaining("bias is (3), expected (4)");
    }

    @Test
    void missingOrWrongNgramKeysAreNamed() throws IOException {
        Files.writeString(properties, original.replaceAll("postlens.ngram.charMaxN=\\d+\n", ""));
        assertThatThrownBy(() -> new ModelPackLoader(false).load(folder))
                .hasMessage("pack 'toy': serving.properties postlens.ngram.charMaxN=null is not a whole number (text-model needs it)");

        Files.writeString(properties, original.replace("postlens.ngram.buckets=1024", "postlens.ngram.buckets=-1"));
        assertThatThrownBy(() -> new ModelPackLoader(false).load(folder))
                .hasMessage("pack 'toy': serving.properties buckets must be positive: -1 (text-model needs it)");

        Files.writeString(properties, original.replaceAll("postlens.ngram.[a-zA-Z]+=\\S+\n", ""));
        assertThatThrownBy(() -> new ModelPackLoader(false).load(folder))
                .hasMessageContaining("neither postlens.ngram.buckets nor postlens.vectorSize is given");

        Files.writeString(properties, original + "postlens.vectorSize=384\n");
        assertThatThrownBy(() -> new ModelPackLoader(false).load(folder))
                .hasMessageContaining("postlens.encoder is missing: name the encoder whose vectors the model reads");
    }

    @Test
    void vectorsTheFileDoesNotHoldAreRefused() throws IOException {
        Files.writeString(properties, original + "postlens.vectorSize=384\npostlens.hiddenSize=0\npostlens.encoder=all-MiniLM-L6-v2\n");

        assertThatThrownBy(() -> new ModelPackLoader().load(folder))
                .isInstanceOf(InvalidModelPackException.class)
                .hasMessageStartingWith("pack 'toy': model-0000.params ");
    }

    @Test
    void aChangedParamsFileFailsTheChecksum() throws IOException {
        byte[] bytes = Files.readAllBytes(folder.resolve("model-0000.params"));
        bytes[bytes.length - 1] ^= 1;
        Files.write(folder.resolve("model-0000.params"), bytes);

        assertThatThrownBy(() -> new ModelPackLoader().load(folder)).hasMessageContaining("model-0000.params sha256 is");
    }
}
