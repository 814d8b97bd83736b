package org.netboxauto.discovery.routeros;

import java.io.ByteArrayOutputStream;

/**
 * The length prefix of an API word: 1 to 5 bytes, big-endian, the leading bits telling how many
 * (0xxxxxxx, 10xxxxxx, 110xxxxx, 1110xxxx, 11110000). First bytes 0xF1 to 0xFF are not lengths.
 */
final class ApiWords {

    private ApiWords() {
    }

    static void writeLength(ByteArrayOutputStream out, int length) {
        if (length < 0) {
            throw new IllegalArgumentException("negative word length " + length);
        }
        if (length < 0x80) {
            out.write(length);
        } else if (length < 0x4000) {
            writeBigEndian(out, length | 0x8000, 2);
        } else if (length < 0x200000) {
            writeBigEndian(out, length | 0xC00000, 3);
        } else if (length < 0x10000000) {
            writeBigEndian(out, length | 0xE0000000, 4);
        } else {
            out.write(0xF0);
            writeBigEndian(out, length, 4);
        }
    }

    private static void writeBigEndian(ByteArrayOutputStream out, int value, int bytes) {
        for (int shift = (bytes - 1) * 8; shift >= 0; shift -= 8) {
            out.write((value >>> shift) & 0xFF);
        }
    }

    /** How many bytes the prefix starting with {@code first} has, or -1 for a control byte. */
    static int prefixSize(int first) {
        if ((first & 0x80) == 0) {
            return 1;
        } else if ((first & 0xC0) == 0x80) {
            return 2;
        } else if ((first & 0xE0) == 0xC0) {
            return 3;
        } else if ((first & 0xF0) == 0xE0) {
            return 4;
        } else if (first == 0xF0) {
            return 5;
        }
        return -1;
    }

    /** The length from a whole prefix; {@code prefix[0]} decides its size. */
    static long lengthOf(byte[] prefix, int size) {
        int first = prefix[0] & 0xFF;
        long value = switch (size) {
            case 1 -> first;
            case 2 -> first & 0x3F;
            case 3 -> first & 0x1F;
            case 4 -> first & 0x0F;
            default -> 0;
        };
        for (int i = 1; i < size; i++) {
            value = (value << 8) | (prefix[i] & 0xFF);
        }
        return value;
    }
}
