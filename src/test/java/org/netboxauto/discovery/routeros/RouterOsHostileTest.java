package org.netboxauto.discovery.routeros;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.netboxauto.config.RouterOsSource;
import org.netboxauto.config.RouterOsSource.Transport;
import org.netboxauto.config.TlsConfig;
import org.netboxauto.discovery.CollectorException;
import org.netboxauto.discovery.routeros.peer.PeerFault;
import org.netboxauto.discovery.routeros.peer.PeerOptions;
import org.netboxauto.discovery.routeros.peer.PeerVersion;
import org.netboxauto.discovery.routeros.peer.RouterOsPeer;

/**
 * Routers whose replies never end, trickle or swell: each command ends within the source's timeout (the bound
 * allows for a loaded machine; without a deadline these runs never end).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RouterOsHostileTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @Test
    void aReplyThatNeverEndsIsCutOffAtTheTimeout() throws Exception {
        endsInTime(PeerFault.ENDLESS, "no complete answer to /ip/dhcp-server/lease/print within 2 s");
    }

    @Test
    void aReplyThatTricklesIsCutOffAtTheTimeout() throws Exception {
        endsInTime(PeerFault.TRICKLE, "no complete answer to /ip/dhcp-server/lease/print within 2 s");
    }

    @Test
    void aSentenceOfTenThousandMebibyteWordsIsRefusedEarly() throws Exception {
        long before = usedHeap();
        endsInTime(PeerFault.HUGE_SENTENCE, "a reply sentence is larger than the 4194304 bytes accepted");
        assertThat(usedHeap() - before).isLessThan(256L << 20);
    }

    private static void endsInTime(PeerFault fault, String message) throws Exception {
        try (RouterOsPeer peer = RouterOsPeer.api(PeerOptions.of(PeerVersion.V7_18).with(fault))) {
            RouterOsSource source = Sources.source(Transport.API, peer.port(), Sources.PASSWORD, TlsConfig.SYSTEM,
                    TIMEOUT);
            long start = System.nanoTime();
            assertThatThrownBy(() -> Sources.collector(source).collect(new TestContext()))
                    .isInstanceOf(CollectorException.class)
                    .hasMessageStartingWith("routeros:core-router (127.0.0.1:")
                    .hasMessageContaining(message);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIMEOUT.plusSeconds(3));
        }
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
