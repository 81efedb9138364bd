package org.postlens.runtime.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BertStateDictTest {

    @TempDir
    Path dir;

    @Test
    void namesEveryMatMulWeightAfterItsBiasAndTransposesIt() throws IOException {
        OnnxModelFile onnx = OnnxModelFile.read(MiniLmOnnxFile.copyTo(dir));

        Map<String, FloatTensor> stateDict = BertStateDict.fromOnnx(onnx);

        assertThat(stateDict.keySet()).noneMatch(name -> name.startsWith("onnx::"));
        assertThat(stateDict.keySet())
                .containsExactlyInAnyOrderElementsOf(new MiniLmEncoderBlock(BertConfig.allMiniLmL6V2()).huggingFaceParameters().keySet());
        FloatTensor exported = onnx.initializers().get("onnx::MatMul_798"); // layer 0's intermediate, [in 384, out 1536]
        FloatTensor weight = stateDict.get("encoder.layer.0.intermediate.dense.weight");
        assertThat(weight.dims()).containsExactly(1536, 384);
        assertThat(weight.values()[5 * 384 + 7]).isEqualTo(exported.values()[7 * 1536 + 5]);
        assertThat(stateDict.get("encoder.layer.3.attention.output.dense.weight").dims()).containsExactly(384, 384);
    }
}
