package org.netboxauto.discovery.dnsmasq;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.netboxauto.core.PeerText;
import org.netboxauto.testsupport.FuzzBudget;

/**
 * Mutated lease files (as real dnsmasq writes them) into the parser: it returns leases whose every field is valid,
 * or a Malformed naming a line, and never anything else.
 */
class DnsmasqLeaseParserFuzzTest {

    private static final long SEED = 0xD25_3A5CL;
    private static final String FILE = """
            1796229517 02:33:00:00:00:01 10.233.9.196 pc0 01:02:33:00:00:00:01
            0 02:33:00:00:00:03 10.233.9.197 * *
            1796229517 20-00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:01 10.233.9.198 ib *
            duid 00:01:00:01:32:a2:f7:f9:72:29:05:1e:a2:57
            1796229517 2 fd33:9::1ed * 00:01:00:01:32:a2:f7:fd:02:33:00:00:00:02
            1796229517 T7 fd33:9::1ee laptop 00:03:00:01:02:33:00:00:00:04
            """;
    private static final String ALPHABET = " \n\t*:-.0123456789abcdefTduid\u0000\u001b\u00e9\r";

    @Test
    void mutatedFilesGiveValidLeasesOrALineNumber() {
        int inputs = FuzzBudget.inputs(20_000);
        SplittableRandom random = new SplittableRandom(SEED);
        long start = System.nanoTime();
        int accepted = 0;
        for (int i = 0; i < inputs; i++) {
            byte[] bytes = mutate(FILE, random);
            try {
                List<DnsmasqLease> leases = DnsmasqLeaseParser.parse(bytes);
                accepted++;
                for (DnsmasqLease l : leases) {
                    boolean valid = l.expiry() >= 0 && !l.ip().contains(" ")
                            && l.name().map(n -> !n.isBlank() && !n.equals("*")).orElse(true)
                            && l.clientId().map(c -> c.matches("[0-9a-f]{2}(:[0-9a-f]{2})*")).orElse(true);
                    if (!valid) {
                        throw new AssertionError("seed " + SEED + " input #" + i + " gave the invalid lease " + l);
                    }
                }
            } catch (DnsmasqLeaseParser.Malformed e) {
                if (!e.getMessage().startsWith("line ") && !e.getMessage().startsWith("is not text")
                        || PeerText.isUnsafe(e.getMessage())) {
                    throw new AssertionError("seed " + SEED + " input #" + i + ": " + e.getMessage());
                }
            } catch (RuntimeException e) {
                throw new AssertionError("seed " + SEED + " input #" + i + " "
                        + new String(bytes, StandardCharsets.UTF_8) + " threw " + e, e);
            }
        }
        FuzzBudget.report("dnsmasq lease parser", SEED, inputs, accepted + " accepted", start);
        assertThat(accepted).isGreaterThan(inputs / 50);
    }

    private static byte[] mutate(String seed, SplittableRandom random) {
        StringBuilder s = new StringBuilder(seed);
        for (int e = random.nextInt(3); e > 0; e--) {
            int at = random.nextInt(s.length() + 1);
            switch (random.nextInt(5)) {
                case 0 -> s.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 1 -> {
                    if (at < s.length()) {
                        s.deleteCharAt(at);
                    }
                }
                case 2 -> {
                    if (at < s.length()) {
                        s.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    }
                }
                case 3 -> s.setLength(at);
                default -> s.insert(at, s.substring(at, Math.min(s.length(), at + random.nextInt(40))));
            }
        }
        byte[] bytes = s.toString().getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(20) == 0 && bytes.length > 0) {
            bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x80));
        }
        return bytes;
    }
}
