package org.postlens.runtime.multitask;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Named float arrays in one file, each stored as float32 or float16: checkpoints, kept weights and a pack's
 * encoder deltas. Written to a temporary file and moved into place, so a killed write leaves the old file whole.
 *
 * <pre>
 *   "PLTENSOR" int(version 1) int(count) then per tensor: UTF name, byte(32|16), int(values), little-endian values
 * </pre>
 */
final class TensorFile {

    private static final byte[] MAGIC = "PLTENSOR".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final int VERSION = 1;

    private TensorFile() {}

    static void write(Path file, Map<String, float[]> tensors, boolean half) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".part");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 20))) {
            out.write(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(tensors.size());
            for (Map.Entry<String, float[]> entry : tensors.entrySet()) {
                float[] values = entry.getValue();
                out.writeUTF(entry.getKey());
                out.writeByte(half ? 16 : 32);
                out.writeInt(values.length);
                ByteBuffer bytes = ByteBuffer.allocate(values.length * (half ? 2 : 4)).order(ByteOrder.LITTLE_ENDIAN);
                for (float value : values) {
                    if (half) {
                        bytes.putShort(Float16.fromFloat(value));
                    } else {
                        bytes.putFloat(value);
                    }
                }
                out.write(bytes.array());
            }
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Every tensor as float32, in file order; a file that is not one, or is cut short, is refused. */
    static Map<String, float[]> read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 20))) {
            byte[] magic = new byte[MAGIC.length];
            in.readFully(magic);
            if (!java.util.Arrays.equals(magic, MAGIC) || in.readInt() != VERSION) {
                throw new IOException(file + " is not a Postlens tensor file");
            }
            int count = in.readInt();
            Map<String, float[]> tensors = new LinkedHashMap<>();
            for (int t = 0; t < count; t++) {
                String name = in.readUTF();
                int bits = in.readByte();
                int length = in.readInt();
                if (bits != 16 && bits != 32 || length < 0) {
                    throw new IOException(file + " is damaged at tensor " + name);
                }
                byte[] raw = new byte[length * (bits / 8)];
                in.readFully(raw);
                ByteBuffer bytes = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
                float[] values = new float[length];
                for (int i = 0; i < length; i++) {
                    values[i] = bits == 16 ? Float16.toFloat(bytes.getShort()) : bytes.getFloat();
                }
                tensors.put(name, values);
            }
            return tensors;
        } catch (EOFException e) {
            throw new IOException(file + " is cut short", e);
        }
    }
}
