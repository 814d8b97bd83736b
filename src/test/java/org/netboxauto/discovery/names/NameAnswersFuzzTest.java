package org.netboxauto.discovery.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.netboxauto.core.PeerText;
import org.netboxauto.testsupport.FuzzBudget;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.PTRRecord;
import org.xbill.DNS.Section;

/**
 * Mutated NetBIOS node status and PTR / mDNS answers (as nmbd, Unbound and avahi send them) into the decoders:
 * a valid name or none, or an UnreadableAnswer saying why, and never anything else.
 */
class NameAnswersFuzzTest {

    private static final long SEED = 0x4E_A3E5L;
    private static final int ID = 0x1234;

    @Test
    void mutatedNodeStatusAnswersGiveAValidNameOrAReason() throws Exception {
        byte[] seed = nodeStatusAnswer();
        assertThat(NetbiosNodeStatus.name(seed, seed.length, ID)).isEqualTo(Optional.of("labpc2"));
        run("NetBIOS node status", seed, bytes -> NetbiosNodeStatus.name(bytes, bytes.length, ID));
    }

    @Test
    void mutatedReverseAnswersGiveAValidNameOrAReason() throws Exception {
        ReverseQuery query = new ReverseQuery(InetAddress.ofLiteral("10.237.5.2"), ID);
        byte[] seed = ptrAnswer(query, "labmdns2.local.");
        assertThat(query.name(seed, seed.length, true)).isEqualTo(Optional.of("labmdns2"));
        run("PTR and mDNS answers", seed, bytes -> query.name(bytes, bytes.length, bytes.length % 2 == 0));
    }

    @Test
    void aLongerAnswerThanTheLimitIsRefused() {
        byte[] big = new byte[NetbiosNodeStatus.MAX_ANSWER + 1];
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> NetbiosNodeStatus.name(big, big.length, ID))
                .isInstanceOf(UnreadableAnswer.class).hasMessageContaining("longer than");
    }

    interface Decoder {
        Optional<String> decode(byte[] bytes) throws UnreadableAnswer;
    }

    private static void run(String what, byte[] seed, Decoder decoder) {
        int inputs = FuzzBudget.inputs(20_000);
        SplittableRandom random = new SplittableRandom(SEED);
        long start = System.nanoTime();
        int named = 0;
        int refused = 0;
        for (int i = 0; i < inputs; i++) {
            byte[] bytes = mutate(seed, random);
            try {
                Optional<String> name = decoder.decode(bytes);
                if (name.isPresent()) {
                    named++;
                    String n = name.get();
                    if (n.isEmpty() || n.length() > 253 || PeerText.isUnsafe(n) || !n.matches("[!-~]+")) {
                        throw new AssertionError("seed " + SEED + " input #" + i + " gave the name \"" + n + "\"");
                    }
                }
            } catch (UnreadableAnswer e) {
                refused++;
                if (e.getMessage().isBlank() || PeerText.isUnsafe(e.getMessage())) {
                    throw new AssertionError("seed " + SEED + " input #" + i + ": " + e.getMessage());
                }
            } catch (RuntimeException e) {
                throw new AssertionError("seed " + SEED + " input #" + i + " threw " + e, e);
            }
        }
        FuzzBudget.report(what, SEED, inputs, named + " named, " + refused + " refused", start);
        assertThat(named).isGreaterThan(inputs / 50);
        assertThat(refused).isGreaterThan(inputs / 50);
    }

    private static byte[] mutate(byte[] seed, SplittableRandom random) {
        byte[] b = seed.clone();
        int length = b.length;
        for (int e = random.nextInt(4); e > 0; e--) {
            switch (random.nextInt(4)) {
                case 0 -> b[random.nextInt(length)] = (byte) random.nextInt(256);
                case 1 -> b[random.nextInt(length)] ^= (byte) (1 << random.nextInt(8));
                case 2 -> length = random.nextInt(length + 1);
                default -> {
                    int at = random.nextInt(length);
                    b[at] = (byte) (random.nextBoolean() ? 0 : 0xFF);
                }
            }
            if (length == 0) {
                break;
            }
        }
        return java.util.Arrays.copyOf(b, length);
    }

    /** A node status answer as nmbd sends it: LABPC2 <00> <03> <20> unique, LABGROUP <00> <1e> group. */
    static byte[] nodeStatusAnswer() {
        ByteBuffer b = ByteBuffer.allocate(200);
        b.putShort((short) ID).putShort((short) 0x8400).putShort((short) 0).putShort((short) 1).putShort((short) 0)
                .putShort((short) 0);
        byte[] request = NetbiosNodeStatus.request(ID);
        b.put(request, 12, 34);
        b.putShort((short) 0x21).putShort((short) 1).putInt(0);
        String[][] names = {{"LABPC2", "00", "0400"}, {"LABPC2", "03", "0400"}, {"LABPC2", "20", "0400"},
                {"LABGROUP", "00", "8400"}, {"LABGROUP", "1e", "8400"}};
        b.putShort((short) (1 + names.length * 18 + 46));
        b.put((byte) names.length);
        for (String[] n : names) {
            b.put(String.format("%-15s", n[0]).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            b.put((byte) Integer.parseInt(n[1], 16));
            b.putShort((short) Integer.parseInt(n[2], 16));
        }
        b.put(new byte[46]);
        return java.util.Arrays.copyOf(b.array(), b.position());
    }

    static byte[] ptrAnswer(ReverseQuery query, String target) throws Exception {
        Message m = new Message(query.request(false));
        m.getHeader().setFlag(Flags.QR);
        m.getHeader().setFlag(Flags.AA);
        Name asked = m.getQuestion().getName();
        m.addRecord(new PTRRecord(asked, DClass.IN, 10, Name.fromString(target)), Section.ANSWER);
        return m.toWire();
    }
}
