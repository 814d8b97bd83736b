package org.netboxauto.discovery.dnsmasq;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A lease file caught while dnsmasq rewrites it is read again until two reads agree. */
class StableReadTest {

    private static final String WHOLE = "100 02:00:00:00:00:01 10.0.0.1 a *\n100 02:00:00:00:00:02 10.0.0.2 b *\n";

    @Test
    void anEmptyThenCutFileIsReadUntilItHoldsStill() throws Exception {
        Deque<String> reads = new ArrayDeque<>(List.of("", "100 02:00:00:00:00:01 10.0.0.1 a *\n", WHOLE, WHOLE));
        byte[] bytes = StableRead.of(() -> reads.removeFirst().getBytes(StandardCharsets.UTF_8));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(WHOLE);
        assertThat(reads).isEmpty();
    }

    @Test
    void aFileThatNeverHoldsStillGivesTheLastRead() throws Exception {
        int[] n = {0};
        byte[] bytes = StableRead.of(() -> new byte[] {(byte) n[0]++});
        assertThat(n[0]).isEqualTo(StableRead.ATTEMPTS);
        assertThat(bytes).containsExactly((byte) (StableRead.ATTEMPTS - 1));
    }
}
