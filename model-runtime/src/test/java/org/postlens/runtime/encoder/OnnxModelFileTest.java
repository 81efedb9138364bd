package org.postlens.runtime.encoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxModelFileTest {

    @TempDir
    Path dir;

    @Test
    void readsTheFloatInitializersAndNodesOfTheMiniLmExport() throws IOException {
        OnnxModelFile onnx = OnnxModelFile.read(MiniLmOnnxFile.copyTo(dir));

        Map<String, FloatTensor> initializers = onnx.initializers();
        assertThat(initializers).hasSize(101).doesNotContainKey("embeddings.position_ids"); // int64, left out
        assertThat(initializers.get("embeddings.word_embeddings.weight").dims()).containsExactly(30522, 384);
        assertThat(initializers.get("encoder.layer.5.intermediate.dense.bias").values()).hasSize(1536);
        assertThat(initializers.keySet().stream().filter(name -> name.startsWith("onnx::MatMul_"))).hasSize(36);
        assertThat(onnx.nodes().stream().filter(node -> node.opType().equals("MatMul"))).hasSize(48);
        assertThat(onnx.nodes()).anySatisfy(node -> assertThat(node).isEqualTo(new OnnxNode(
                "/encoder/layer.0/attention/self/query/MatMul", "MatMul",
                java.util.List.of("/embeddings/LayerNorm/Add_1_output_0", "onnx::MatMul_787"),
                java.util.List.of("/encoder/layer.0/attention/self/query/MatMul_output_0"))));
    }

    @Test
    void takesFloatDataAndUnpackedDimsAsWellAsRawData() {
        Proto tensor = new Proto().varint(1, 2).varint(1, 3).varint(2, 1).string(8, "w");
        for (int i = 0; i < 6; i++) {
            tensor.fixed32(4, i * 0.5f);
        }
        Proto packed = new Proto().bytes(1, new Proto().raw(2).raw(1).done()).varint(2, 1).string(8, "v")
                .bytes(9, floats(1f, -2f));
        ByteBuffer model = ByteBuffer.wrap(new Proto().message(7, new Proto().message(5, tensor).message(5, packed)).done());

        OnnxModelFile onnx = OnnxModelFile.parse(model);

        assertThat(onnx.initializers().get("w").dims()).containsExactly(2, 3);
        assertThat(onnx.initializers().get("w").values()).containsExactly(0f, 0.5f, 1f, 1.5f, 2f, 2.5f);
        assertThat(onnx.initializers().get("v").dims()).containsExactly(2, 1);
        assertThat(onnx.initializers().get("v").values()).containsExactly(1f, -2f);
    }

    @Test
    void refusesWeightsStoredOutsideTheFile() throws IOException {
        Proto tensor = new Proto().varint(1, 4).varint(2, 1).string(8, "outside").varint(14, 1);
        Path file = dir.resolve("external.onnx");
        Files.write(file, new Proto().message(7, new Proto().message(5, tensor)).done());

        assertThatThrownBy(() -> OnnxModelFile.read(file)).isInstanceOf(IOException.class).hasMessageContaining("external data");
    }

    @Test
    void refusesAFileThatIsNotAModel() throws IOException {
        Path file = dir.resolve("notes.onnx");
        Files.writeString(file, "not a protobuf at all");

        assertThatThrownBy(() -> OnnxModelFile.read(file)).isInstanceOf(IOException.class).hasMessageContaining("not a readable ONNX model");
    }

    @Test
    void transposesAMatrix() {
        FloatTensor matrix = new FloatTensor(new long[] {2, 3}, new float[] {1, 2, 3, 4, 5, 6});

        assertThat(matrix.transposed().dims()).containsExactly(3, 2);
        assertThat(matrix.transposed().values()).containsExactly(1, 4, 2, 5, 3, 6);
    }

    private static byte[] floats(float... values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float value : values) {
            buffer.putFloat(value);
        }
        return buffer.array();
    }

    /** Protobuf wire format, written by hand as the reader reads it. */
    private static final class Proto {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Proto varint(int field, long value) {
            return raw(field << 3).raw(value);
        }

        Proto fixed32(int field, float value) {
            raw(field << 3 | 5);
            out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(value).array());
            return this;
        }

        Proto string(int field, String value) {
            return bytes(field, value.getBytes(StandardCharsets.UTF_8));
        }

        Proto message(int field, Proto message) {
            return bytes(field, message.done());
        }

        Proto bytes(int field, byte[] value) {
            raw(field << 3 | 2).raw(value.length);
            out.writeBytes(value);
            return this;
        }

        Proto raw(long value) {
            while ((value & ~0x7fL) != 0) {
                out.write((int) (value & 0x7f) | 0x80);
                value >>>= 7;
            }
            out.write((int) value);
            return this;
        }

        byte[] done() {
            return out.toByteArray();
        }
    }
}
