package org.postlens.runtime.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Pack bucket ids rest on this hash: it must stay MurmurHash3 x86_32 over the text's UTF-16LE bytes. The expected
 * values come from an independent implementation of the reference algorithm (and its published vectors).
 */
class Murmur3Test {

    @Test
    void matchesTheReferenceAlgorithmOnUtf16LittleEndianBytes() {
        assertThat(Murmur3.hash("", 0)).isZero();
        assertThat(Murmur3.hash("", 1)).isEqualTo(0x514E28B7); // the reference's published vector for empty input, seed 1
        assertThat(Murmur3.hash("a", 0)).isEqualTo(1867108634);
        assertThat(Murmur3.hash("ab", 0)).isEqualTo(374890698);
        assertThat(Murmur3.hash("abc", 42)).isEqualTo(758957582);
        assertThat(Murmur3.hash("hello world", 0x5eed)).isEqualTo(225515152);
        assertThat(Murmur3.hash("مرحبا", 7)).isEqualTo(1835988803);
        assertThat(Murmur3.hash("😂", 0)).isEqualTo(-912492484);
    }

    @Test
    void hashesARangeAsTheStringOfThatRange() {
        char[] chars = "xxhello worldyy".toCharArray();
        assertThat(Murmur3.hash(chars, 2, 13, 0x5eed)).isEqualTo(Murmur3.hash("hello world", 0x5eed));
    }
}
