package org.postlens.runtime.encoder;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Reads one protobuf message in wire format, field by field: just what {@link OnnxModelFile} needs, so that
 * reading an ONNX file's weights costs no protobuf or ONNX library.
 */
final class ProtoReader {

    static final int VARINT = 0;
    static final int FIXED64 = 1;
    static final int LENGTH_DELIMITED = 2;
    static final int FIXED32 = 5;

    private final ByteBuffer buffer;
    private int wireType = -1;

    ProtoReader(ByteBuffer message) {
        this.buffer = message.slice().order(ByteOrder.LITTLE_ENDIAN);
    }

    boolean hasNext() {
        return buffer.hasRemaining();
    }

    /** Reads the next field's key and returns its number; its value is read by one of the methods below. */
    int nextField() {
        long key = varint();
        wireType = (int) (key & 7);
        return (int) (key >>> 3);
    }

    int wireType() {
        return wireType;
    }

    long varint() {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = buffer.get();
            value |= (long) (b & 0x7f) << shift;
            if (b >= 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("Malformed varint at byte " + buffer.position());
    }

    /** The value of a length-delimited field, as a view of the file's bytes (nothing is copied). */
    ByteBuffer bytes() {
        expect(LENGTH_DELIMITED);
        int length = Math.toIntExact(varint());
        if (length < 0 || length > buffer.remaining()) {
            throw new IllegalArgumentException("Field of " + length + " bytes overruns its message at byte " + buffer.position());
        }
        ByteBuffer value = buffer.slice(buffer.position(), length).order(ByteOrder.LITTLE_ENDIAN);
        buffer.position(buffer.position() + length);
        return value;
    }

    ProtoReader message() {
        return new ProtoReader(bytes());
    }

    String string() {
        return StandardCharsets.UTF_8.decode(bytes()).toString();
    }

    float fixed32Float() {
        expect(FIXED32);
        return buffer.getFloat();
    }

    void skip() {
        switch (wireType) {
            case VARINT -> varint();
            case FIXED64 -> buffer.position(buffer.position() + 8);
            case LENGTH_DELIMITED -> bytes();
            case FIXED32 -> buffer.position(buffer.position() + 4);
            default -> throw new IllegalArgumentException("Unsupported wire type " + wireType + " at byte " + buffer.position());
        }
    }

    private void expect(int type) {
        if (wireType != type) {
            throw new IllegalArgumentException("Wire type " + wireType + " where " + type + " was expected at byte " + buffer.position());
        }
    }
}
