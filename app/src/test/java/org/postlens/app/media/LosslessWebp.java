package org.postlens.app.media;

import java.io.ByteArrayOutputStream;

/**
 * Writes a small lossless WebP (VP8L) bit by bit, after the WebP Lossless Bitstream Specification (RFC 9649):
 * no transforms, no colour cache, no meta prefix codes, and "simple" prefix codes. Green has two symbols, 0 and
 * 255, so each pixel costs one bit (its green); red, blue and alpha have one symbol each and cost nothing.
 * The image: green on the left half of each row, black (green 0) on the right.
 */
public final class LosslessWebp {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private int bitBuffer;
    private int bitCount;

    private LosslessWebp() {
    }

    public static byte[] halfGreen(int width, int height) {
        LosslessWebp writer = new LosslessWebp();
        writer.bytes.write(0x2f);                 // VP8L signature
        writer.bits(width - 1, 14);
        writer.bits(height - 1, 14);
        writer.bits(0, 1);                        // alpha_is_used
        writer.bits(0, 3);                        // version
        writer.bits(0, 1);                        // no transform
        writer.bits(0, 1);                        // no colour cache
        writer.bits(0, 1);                        // no meta prefix codes
        writer.twoSymbolCode(0, 255);             // green (and lengths, cache): 0 -> code 0, 255 -> code 1
        writer.oneSymbolCode(0);                  // red
        writer.oneSymbolCode(0);                  // blue
        writer.oneSymbolCode(255);                // alpha
        writer.oneSymbolCode(0);                  // distance
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                writer.bits(x < width / 2 ? 1 : 0, 1);
            }
        }
        writer.flush();
        return riff(writer.bytes.toByteArray());
    }

    private void oneSymbolCode(int symbol) {
        bits(1, 1);           // simple code
        bits(0, 1);           // one symbol
        bits(1, 1);           // the symbol takes 8 bits
        bits(symbol, 8);
    }

    private void twoSymbolCode(int first, int second) {
        bits(1, 1);
        bits(1, 1);           // two symbols
        bits(1, 1);
        bits(first, 8);
        bits(second, 8);
    }

    private void bits(int value, int count) {
        for (int i = 0; i < count; i++) {
            bitBuffer |= ((value >>> i) & 1) << bitCount;
            if (++bitCount == 8) {
                bytes.write(bitBuffer);
                bitBuffer = 0;
                bitCount = 0;
            }
        }
    }

    private void flush() {
        if (bitCount > 0) {
            bytes.write(bitBuffer);
            bitBuffer = 0;
            bitCount = 0;
        }
    }

    private static byte[] riff(byte[] vp8l) {
        int padded = vp8l.length + (vp8l.length & 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        le32(out, 4 + 8 + padded);
        out.writeBytes("WEBPVP8L".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        le32(out, vp8l.length);
        out.writeBytes(vp8l);
        if ((vp8l.length & 1) == 1) {
            out.write(0);
        }
        return out.toByteArray();
    }

    private static void le32(ByteArrayOutputStream out, int value) {
        out.write(value);
        out.write(value >>> 8);
        out.write(value >>> 16);
        out.write(value >>> 24);
    }
}
