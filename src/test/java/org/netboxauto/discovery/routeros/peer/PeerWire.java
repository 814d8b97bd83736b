package org.netboxauto.discovery.routeros.peer;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The router's side of the word protocol, written apart from the client's codec so a shared
 * mistake cannot hide. Lengths per ROUTEROS.md §2.1, all five prefix sizes.
 */
final class PeerWire {

    /** A first byte of 0xF8 or above is a control byte; the router ends the session. */
    static final class ControlByteException extends IOException {
        ControlByteException(int b) {
            super(String.format("control byte 0x%02X", b));
        }
    }

    private PeerWire() {
    }

    static byte[] prefix(long length) {
        if (length <= 0x7F) {
            return new byte[] {(byte) length};
        } else if (length <= 0x3FFF) {
            return new byte[] {(byte) (0x80 | (length >> 8)), (byte) length};
        } else if (length <= 0x1FFFFF) {
            return new byte[] {(byte) (0xC0 | (length >> 16)), (byte) (length >> 8), (byte) length};
        } else if (length <= 0xFFFFFFF) {
            return new byte[] {(byte) (0xE0 | (length >> 24)), (byte) (length >> 16), (byte) (length >> 8),
                (byte) length};
        }
        return new byte[] {(byte) 0xF0, (byte) (length >> 24), (byte) (length >> 16), (byte) (length >> 8),
            (byte) length};
    }

    static void word(ByteArrayOutputStream out, byte[] word) {
        out.writeBytes(prefix(word.length));
        out.writeBytes(word);
    }

    static void word(ByteArrayOutputStream out, String word) {
        word(out, word.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] sentence(List<byte[]> words) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        words.forEach(w -> word(out, w));
        out.write(0);
        return out.toByteArray();
    }

    /** The next sentence's words, or null when the client closed between sentences. */
    static List<String> read(InputStream in) throws IOException {
        List<String> words = new ArrayList<>();
        while (true) {
            int first = in.read();
            if (first < 0) {
                if (words.isEmpty()) {
                    return null;
                }
                throw new EOFException("client closed mid-sentence");
            }
            long length;
            if (first < 0x80) {
                length = first;
            } else if (first < 0xC0) {
                length = ((first & 0x3F) << 8) | next(in);
            } else if (first < 0xE0) {
                length = ((first & 0x1F) << 16) | (next(in) << 8) | next(in);
            } else if (first < 0xF0) {
                length = ((long) (first & 0x0F) << 24) | (next(in) << 16) | (next(in) << 8) | next(in);
            } else if (first == 0xF0) {
                length = ((long) next(in) << 24) | (next(in) << 16) | (next(in) << 8) | next(in);
            } else {
                throw new ControlByteException(first);
            }
            if (length == 0) {
                if (!words.isEmpty()) {
                    return words;
                }
                continue;
            }
            if (length > 64 * 1024) {
                throw new IOException("a client word of " + length + " bytes is more than the router takes");
            }
            words.add(new String(in.readNBytes((int) length), StandardCharsets.UTF_8));
        }
    }

    private static int next(InputStream in) throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException("client closed inside a length prefix");
        }
        return b;
    }
}
