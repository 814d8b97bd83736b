package org.netboxauto.discovery.names;

import java.nio.ByteBuffer;
import java.nio.BufferUnderflowException;
import java.util.Locale;
import java.util.Optional;

/** The NetBIOS node status request (RFC 1002 4.2.17) and a strict reading of its answer (4.2.18). */
final class NetbiosNodeStatus {

    static final int PORT = 137;
    /** A status answer of 255 names with statistics fits; anything longer is cut and then refused. */
    static final int MAX_ANSWER = 1500;

    private static final int NBSTAT = 0x21;
    private static final int CLASS_IN = 1;
    private static final int NAME_BYTES = 18;
    private static final int GROUP = 0x8000;
    private static final int ACTIVE = 0x0400;

    private NetbiosNodeStatus() {
    }

    /** Asks for every name of the node: the wildcard name {@code *}. */
    static byte[] request(int id) {
        ByteBuffer b = ByteBuffer.allocate(50);
        b.putShort((short) id).putShort((short) 0).putShort((short) 1).putShort((short) 0).putShort((short) 0)
                .putShort((short) 0);
        b.put((byte) 0x20);
        byte[] name = new byte[16];
        name[0] = '*';
        for (byte c : name) {
            b.put((byte) ('A' + ((c >> 4) & 0x0F))).put((byte) ('A' + (c & 0x0F)));
        }
        b.put((byte) 0).putShort((short) NBSTAT).putShort((short) CLASS_IN);
        return b.array();
    }

    /**
     * The node's own name: its unique active workstation name ({@code <00>}), else its server name ({@code <20>}),
     * lower-cased; empty when it lists neither.
     *
     * @throws UnreadableAnswer when the bytes are not a node status answer to {@code id}
     */
    static Optional<String> name(byte[] answer, int length, int id) throws UnreadableAnswer {
        if (length > MAX_ANSWER || length > answer.length) {
            throw new UnreadableAnswer("longer than " + MAX_ANSWER + " bytes");
        }
        ByteBuffer b = ByteBuffer.wrap(answer, 0, length);
        try {
            if ((b.getShort() & 0xFFFF) != id) {
                throw new UnreadableAnswer("answers another request");
            }
            int flags = b.getShort() & 0xFFFF;
            if ((flags & 0x8000) == 0 || (flags & 0x7800) != 0 || (flags & 0x000F) != 0) {
                throw new UnreadableAnswer("is not a successful query answer (flags " + Integer.toHexString(flags) + ")");
            }
            int questions = b.getShort() & 0xFFFF;
            int answers = b.getShort() & 0xFFFF;
            b.getShort();
            b.getShort();
            if (questions != 0 || answers != 1) {
                throw new UnreadableAnswer("has " + questions + " questions and " + answers + " answers; expected 0 and 1");
            }
            if (b.get() != 0x20) {
                throw new UnreadableAnswer("does not start with an encoded NetBIOS name");
            }
            for (int i = 0; i < 32; i++) {
                byte c = b.get();
                if (c < 'A' || c > 'P') {
                    throw new UnreadableAnswer("has an invalid encoded name");
                }
            }
            if (b.get() != 0) {
                throw new UnreadableAnswer("has a scoped name");
            }
            if ((b.getShort() & 0xFFFF) != NBSTAT || (b.getShort() & 0xFFFF) != CLASS_IN) {
                throw new UnreadableAnswer("is not a node status record");
            }
            b.getInt();
            int rdLength = b.getShort() & 0xFFFF;
            if (rdLength > b.remaining() || rdLength < 1) {
                throw new UnreadableAnswer("claims " + rdLength + " bytes of data and has " + b.remaining());
            }
            int count = b.get() & 0xFF;
            if (1 + count * NAME_BYTES > rdLength) {
                throw new UnreadableAnswer("claims " + count + " names in " + rdLength + " bytes");
            }
            Optional<String> workstation = Optional.empty();
            Optional<String> server = Optional.empty();
            byte[] raw = new byte[15];
            for (int i = 0; i < count; i++) {
                b.get(raw);
                int suffix = b.get() & 0xFF;
                int nameFlags = b.getShort() & 0xFFFF;
                if ((nameFlags & GROUP) != 0 || (nameFlags & ACTIVE) == 0) {
                    continue;
                }
                Optional<String> text = text(raw);
                if (suffix == 0x00 && workstation.isEmpty()) {
                    workstation = text;
                } else if (suffix == 0x20 && server.isEmpty()) {
                    server = text;
                }
            }
            return workstation.isPresent() ? workstation : server;
        } catch (BufferUnderflowException e) {
            throw new UnreadableAnswer("ends early");
        }
    }

    /** Printable ASCII without blanks inside, padded with spaces; anything else is no usable name. */
    private static Optional<String> text(byte[] raw) {
        int end = raw.length;
        while (end > 0 && (raw[end - 1] == ' ' || raw[end - 1] == 0)) {
            end--;
        }
        if (end == 0) {
            return Optional.empty();
        }
        StringBuilder s = new StringBuilder(end);
        for (int i = 0; i < end; i++) {
            int c = raw[i] & 0xFF;
            if (c <= 0x20 || c >= 0x7F || "\"/\\[]:|<>+=;,*?".indexOf(c) >= 0) {
                return Optional.empty();
            }
            s.append((char) c);
        }
        return Optional.of(s.toString().toLowerCase(Locale.ROOT));
    }
}
