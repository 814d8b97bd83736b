package org.netboxauto.core.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.netboxauto.testsupport.FuzzBudget;

/**
 * Generated and mutated host names into the DNS name reducer: each gives an RFC 1123 label or a reason,
 * nothing is thrown. 50,000 inputs with a fixed seed; the fuzz profile runs more.
 */
class DnsLabelsFuzzTest {

    static final long SEED = 0x5EED_D4A5L;
    private static final String[] SEEDS = {"web01", "Büro-PC", "Łukasz's iPhone", "xn--80ak6aa92e", "a.b.lan.example.com.",
        "UPPER.lan.example.com", "-", "..", "$(reboot)", "`id`", "rtl\u202eexe", "c\u043er\u0435", "\uFF37\uFF25\uFF22",
        "emoji\uD83D\uDE00host", "tab\tname", "nul\u0000byte", "quote\"; local-zone", "zero\u200bwidth", "ﬁle", "Ⅻ",
        "ß", "İstanbul", "x\u0085nel", "\uD800lone", "\uDC00lone"};
    private static final String ALPHABET = "aZ09-._ '\"$`;\\\u0000\n\r\t\u00e9\u0301\u0308\u202e\u200b\u2028\uFFFD"
            + "\uFEFF\u0130\u00df\uFB01\u2160\u3000\u043e\uD83D\uDE00\uD800\uDC00\uFF21";

    @Test
    void everyNameGivesALabelOrAReason() {
        int inputs = FuzzBudget.inputs(50_000);
        long start = System.nanoTime();
        int labels = run(SEED, inputs);
        FuzzBudget.report("DNS name reducer", SEED, inputs, labels + " labels", start);
        assertThat(labels).isGreaterThan(inputs / 20);
    }

    /** @return how many inputs gave a label; throws naming the seed and input of the first that broke */
    static int run(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        int labels = 0;
        for (int i = 0; i < count; i++) {
            String name = name(random);
            String zone = random.nextInt(4) == 0 ? "z" + "o".repeat(random.nextInt(260)) : "lan.example.com";
            DnsLabels.Reduced reduced;
            try {
                reduced = DnsLabels.reduce(name, zone);
                DnsLabels.quote(name);
            } catch (RuntimeException e) {
                throw new AssertionError("seed " + seed + " input #" + i + " " + DnsLabels.quote(name) + " threw " + e, e);
            }
            if (reduced.label().isPresent()) {
                String label = reduced.label().get();
                assertThat(label).as("input %s", DnsLabels.quote(name)).matches("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
                assertThat(label.length() + 1 + zone.length()).isLessThanOrEqualTo(DnsLabels.MAX_NAME);
                labels++;
            } else {
                assertThat(reduced.reason()).as("input %s", DnsLabels.quote(name)).isNotBlank();
            }
        }
        return labels;
    }

    private static String name(SplittableRandom random) {
        StringBuilder s = new StringBuilder(SEEDS[random.nextInt(SEEDS.length)]);
        if (random.nextInt(50) == 0) {
            s.append("x".repeat(random.nextInt(10_000)));
        }
        int edits = random.nextInt(6);
        for (int e = 0; e < edits; e++) {
            int at = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
            switch (random.nextInt(5)) {
                case 0 -> s.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 1 -> {
                    if (at < s.length()) {
                        s.deleteCharAt(at);
                    }
                }
                case 2 -> s.insert(at, (char) random.nextInt(0x10000));
                case 3 -> s.appendCodePoint(random.nextInt(0x110000));
                default -> s.insert(at, s.substring(0, Math.min(s.length(), random.nextInt(40))));
            }
        }
        return s.toString();
    }
}
