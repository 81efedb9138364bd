package org.postlens.runtime.pack;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Writes a tiny random-weight ONNX text classifier shaped like a Hugging Face export: inputs
 * {@code input_ids} and {@code attention_mask} (int64 [batch, sequence]), output {@code logits}
 * (float [batch, classes]). Graph: Gather(embedding, input_ids) → ReduceMean over tokens → MatMul → Add.
 * The protobuf is encoded by hand (field numbers from onnx.proto), so tests need no ONNX library.
 */
final class OnnxModelWriter {

    private static final int FLOAT = 1;
    private static final int INT64 = 7;
    private static final int ATTRIBUTE_INT = 2;
    private static final int ATTRIBUTE_INTS = 7;

    private OnnxModelWriter() {}

    static byte[] textClassifier(int vocabSize, int hidden, int classes, long seed) {
        Random random = new Random(seed);
        Message graph = new Message()
                .message(1, node("Gather", new String[] {"embedding", "input_ids"}, "embedded"))
                .message(1, node("ReduceMean", new String[] {"embedded"}, "pooled")
                        .message(5, new Message().string(1, "axes").varint(8, 1).varint(20, ATTRIBUTE_INTS))
                        .message(5, new Message().string(1, "keepdims").varint(3, 0).varint(20, ATTRIBUTE_INT)))
                .message(1, node("MatMul", new String[] {"pooled", "weight"}, "projected"))
                .message(1, node("Add", new String[] {"projected", "bias"}, "logits"))
                .string(2, "tiny-text-classifier")
                .message(5, floatTensor("embedding", gaussian(random, vocabSize * hidden), vocabSize, hidden))
                .message(5, floatTensor("weight", gaussian(random, hidden * classes), hidden, classes))
                .message(5, floatTensor("bias", gaussian(random, classes), classes))
                .message(11, valueInfo("input_ids", INT64, "batch", "sequence"))
                .message(11, valueInfo("attention_mask", INT64, "batch", "sequence"))
                .message(12, valueInfo("logits", FLOAT, "batch", classes));
        return new Message()
                .varint(1, 7) // ir_version 7 goes with opset 13
                .string(2, "postlens-tests")
                .message(7, graph)
                .message(8, new Message().string(1, "").varint(2, 13))
                .bytes();
    }

    private static Message node(String op, String[] inputs, String output) {
        Message node = new Message();
        for (String input : inputs) {
            node.string(1, input);
        }
        return node.string(2, output).string(3, op + "_" + output).string(4, op);
    }

    private static Message floatTensor(String name, float[] values, long... dims) {
        Message tensor = new Message();
        for (long dim : dims) {
            tensor.varint(1, dim);
        }
        ByteBuffer raw = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float value : values) {
            raw.putFloat(value);
        }
        return tensor.varint(2, FLOAT).string(8, name).bytes(9, raw.array());
    }

    /** Dimensions are either symbolic (String) or fixed (Integer). */
    private static Message valueInfo(String name, int elementType, Object... dims) {
        Message shape = new Message();
        for (Object dim : dims) {
            shape.message(1, dim instanceof String symbol
                    ? new Message().string(2, symbol)
                    : new Message().varint(1, ((Number) dim).longValue()));
        }
        Message tensorType = new Message().varint(1, elementType).message(2, shape);
        return new Message().string(1, name).message(2, new Message().message(1, tensorType));
    }

    private static float[] gaussian(Random random, int count) {
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }

    /** Protobuf wire format: a tag (field << 3 | wire type), then a varint or a length and bytes. */
    private static final class Message {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Message varint(int field, long value) {
            writeVarint((long) field << 3);
            writeVarint(value);
            return this;
        }

        Message bytes(int field, byte[] value) {
            writeVarint((long) field << 3 | 2);
            writeVarint(value.length);
            out.writeBytes(value);
            return this;
        }

        Message string(int field, String value) {
            return bytes(field, value.getBytes(StandardCharsets.UTF_8));
        }

        Message message(int field, Message value) {
            return bytes(field, value.bytes());
        }

        byte[] bytes() {
            return out.toByteArray();
        }

        private void writeVarint(long value) {
            while ((value & ~0x7FL) != 0) {
                out.write((int) (value & 0x7F) | 0x80);
                value >>>= 7;
            }
            out.write((int) value);
        }
    }
}
