package org.postlens.app.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.postlens.app.domain.Int8Vector;

/** The bytes of a stored vector: float32 scale, little-endian, then one signed byte per dimension. */
final class Int8VectorBlob {

    static final int HEADER_BYTES = Float.BYTES;

    private Int8VectorBlob() {
    }

    static byte[] encode(Int8Vector vector) {
        ByteBuffer blob = ByteBuffer.allocate(HEADER_BYTES + vector.dimension()).order(ByteOrder.LITTLE_ENDIAN);
        blob.putFloat(vector.scale());
        blob.put(vector.codes());
        return blob.array();
    }

    static float scale(byte[] blob) {
        return ByteBuffer.wrap(blob, 0, HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN).getFloat();
    }

    static int dimension(byte[] blob) {
        return blob.length - HEADER_BYTES;
    }
}
