package org.netboxauto.discovery.routeros;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.netboxauto.testsupport.FuzzBudget;

/**
 * 120,000 (times the fuzz factor) generated and mutated byte inputs into the sentence decoder: each one is read to its end
 * or refused with {@link ApiProtocolException}; nothing else is thrown and nothing hangs.
 */
class SentenceReaderFuzzTest {

    private static final int INPUTS = FuzzBudget.inputs(120_000);
    private static final int MAX_WORD = 64 * 1024;
    private static final int[] BOUNDARIES = {0, 1, 0x7F, 0x80, 0x3FFF, 0x4000, 0x1FFFFF, 0x200000, 0xFFFFFFF,
        0x10000000};
    private static final String[] TYPES = {"!re", "!done", "!trap", "!fatal", "!empty", "!x", "re", ""};

    @Test
    @Timeout(value = 3600, unit = TimeUnit.SECONDS)
    void everyInputEndsInSentencesOrTheProtocolError() {
        Random random = new Random(0x5EED_2026L);
        long start = System.nanoTime();
        int sentences = 0;
        int refused = 0;
        for (int i = 0; i < INPUTS; i++) {
            byte[] input = mutate(random, valid(random));
            try {
                sentences += readAll(input);
            } catch (ApiProtocolException expected) {
                refused++;
            } catch (IOException | RuntimeException e) {
                throw new AssertionError("input #" + i + " threw " + e, e);
            }
        }
        FuzzBudget.report("RouterOS word decoder", 0x5EED_2026L, INPUTS, sentences + " sentences, " + refused
                + " refused", start);
        // both outcomes must be common, or the generator is not exercising the decoder
        assertThat(sentences).isGreaterThan(INPUTS / 10);
        assertThat(refused).isGreaterThan(INPUTS / 10);
    }

    private static int readAll(byte[] input) throws IOException {
        SentenceReader reader = new SentenceReader(new ByteArrayInputStream(input), MAX_WORD);
        int count = 0;
        List<byte[]> sentence;
        while ((sentence = reader.next()) != null) {
            ApiReply reply = ApiReply.parse(sentence);
            assertThat(reply.type()).startsWith("!");
            reply.message();
            count++;
        }
        return count;
    }

    private static byte[] valid(Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int sentences = 1 + random.nextInt(3);
        for (int s = 0; s < sentences; s++) {
            List<String> words = new ArrayList<>();
            words.add(TYPES[random.nextInt(TYPES.length)]);
            int count = random.nextInt(5);
            for (int w = 0; w < count; w++) {
                words.add(word(random));
            }
            out.writeBytes(SentenceWriter.encode(words));
        }
        return out.toByteArray();
    }

    private static String word(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> "=mac-address=3C:22:FB:12:34:56";
            case 1 -> ".tag=" + random.nextInt(100);
            case 2 -> "=comment=" + "x".repeat(random.nextInt(300));
            case 3 -> "=odd";
            case 4 -> "=host-name=Łukasz-PC";
            default -> "=message=" + random.nextInt();
        };
    }

    private static byte[] mutate(Random random, byte[] valid) {
        byte[] bytes = valid.clone();
        switch (random.nextInt(7)) {
            case 0 -> {
                return bytes;
            }
            case 1 -> {
                for (int n = 1 + random.nextInt(4); n > 0; n--) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
            }
            case 2 -> {
                return Arrays.copyOf(bytes, random.nextInt(bytes.length));
            }
            case 3 -> {
                byte[] noise = new byte[random.nextInt(64)];
                random.nextBytes(noise);
                return noise;
            }
            case 4 -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write('!');
                ApiWords.writeLength(out, BOUNDARIES[random.nextInt(BOUNDARIES.length)]);
                out.writeBytes(bytes);
                return out.toByteArray();
            }
            case 5 -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ApiWords.writeLength(out, 3);
                out.writeBytes("!re".getBytes(StandardCharsets.US_ASCII));
                ApiWords.writeLength(out, BOUNDARIES[random.nextInt(BOUNDARIES.length)]);
                out.writeBytes(bytes);
                return out.toByteArray();
            }
            default -> bytes[0] = (byte) (0xF0 + random.nextInt(16));
        }
        return bytes;
    }
}
