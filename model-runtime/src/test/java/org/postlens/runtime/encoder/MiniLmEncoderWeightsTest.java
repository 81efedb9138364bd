package org.postlens.runtime.encoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postlens.runtime.RuntimeEnvironment;

class MiniLmEncoderWeightsTest {

    private static final BertConfig SMALL = new BertConfig(20, 8, 1, 2, 16, 10, 2, 1e-12f, 0f);

    @BeforeAll
    static void offline() {
        RuntimeEnvironment.configure(Path.of("target", "djl-cache"));
    }

    @Test
    void namesParametersAsHuggingFaceBertInItsStateDictOrder() {
        Map<String, Parameter> parameters = new MiniLmEncoderBlock(SMALL).parametersByHuggingFaceName();

        assertThat(parameters.keySet()).startsWith(
                "embeddings.word_embeddings.weight", "embeddings.position_embeddings.weight",
                "embeddings.token_type_embeddings.weight", "embeddings.LayerNorm.weight", "embeddings.LayerNorm.bias",
                "encoder.layer.0.attention.self.query.weight");
        assertThat(parameters.keySet()).endsWith("encoder.layer.0.output.LayerNorm.weight", "encoder.layer.0.output.LayerNorm.bias");
        assertThat(parameters).hasSize(5 + 16);
    }

    @Test
    void refusesAStateDictWithAMissingWeightOrAWrongShapeAndSetsNothing() {
        MiniLmEncoderBlock block = new MiniLmEncoderBlock(SMALL);
        Map<String, FloatTensor> stateDict = zeros(block);
        stateDict.remove("encoder.layer.0.attention.self.key.bias");
        stateDict.put("encoder.layer.0.intermediate.dense.weight", new FloatTensor(new long[] {8, 16}, new float[128]));
        stateDict.put("pooler.dense.bias", new FloatTensor(new long[] {8}, new float[8])); // unused: ignored

        try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
            assertThatThrownBy(() -> block.loadHuggingFaceWeights(stateDict, manager))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("missing [encoder.layer.0.attention.self.key.bias]")
                    .hasMessageContaining("encoder.layer.0.intermediate.dense.weight is [8, 16], expected (16, 8)");
        }
        assertThat(block.parametersByHuggingFaceName().values()).noneMatch(Parameter::isInitialized);
    }

    private static Map<String, FloatTensor> zeros(MiniLmEncoderBlock block) {
        Map<String, FloatTensor> stateDict = new LinkedHashMap<>();
        block.huggingFaceParameters().forEach((name, slot) -> stateDict.put(name,
                new FloatTensor(slot.shape().getShape(), new float[Math.toIntExact(slot.shape().size())])));
        return stateDict;
    }
}
