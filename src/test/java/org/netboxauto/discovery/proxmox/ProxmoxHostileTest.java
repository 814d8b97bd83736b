package org.netboxauto.discovery.proxmox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.netboxauto.discovery.proxmox.ProxmoxTestSources.TOKEN_ID;
import static org.netboxauto.discovery.proxmox.ProxmoxTestSources.TOKEN_SECRET;
import static org.netboxauto.discovery.proxmox.ProxmoxTestSources.collector;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.netboxauto.config.ProxmoxSource;
import org.netboxauto.config.Secret;
import org.netboxauto.config.TlsConfig;
import org.netboxauto.discovery.CollectorException;
import org.netboxauto.testsupport.HostileHttpPeer;

/** A Proxmox API that trickles, declares gigabytes or streams forever: the source ends within its timeout. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ProxmoxHostileTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @Test
    void anApiThatAnswersOneByteASecondEndsAtTheTimeout() {
        try (HostileHttpPeer pve = HostileHttpPeer.start((m, t, out) -> HostileHttpPeer.trickle(out,
                "{\"data\":{\"version\":\"8.2.4\",\"release\":\"8.2\"}}", 1000))) {
            endsInTime(pve, "gave no complete answer to GET ");
        }
    }

    @Test
    void anApiThatDeclaresTwoGigabytesIsRefusedUnread() {
        try (HostileHttpPeer pve = HostileHttpPeer.start((m, t, out) -> HostileHttpPeer.declaring(out, 1L << 31))) {
            endsInTime(pve, "declares 2 GiB, more than the limit of 64 MiB");
        }
    }

    @Test
    void anApiThatStreamsForeverIsCutOff() {
        try (HostileHttpPeer pve = HostileHttpPeer.start((m, t, out) -> {
            HostileHttpPeer.chunkedHead(out, 200);
            HostileHttpPeer.chunk(out, "{\"data\":[");
            String rows = "{\"vmid\":100,\"type\":\"qemu\"},".repeat(500);
            while (true) {
                HostileHttpPeer.chunk(out, rows);
            }
        })) {
            long before = usedHeap();
            endsInTime(pve, "pve");
            assertThat(usedHeap() - before).isLessThan(512L << 20);
        }
    }

    @Test
    void controlCharactersInAProxmoxMessageAreShownEscaped() {
        try (HostileHttpPeer pve = HostileHttpPeer.start((m, t, out) -> HostileHttpPeer.json(out, 500,
                "{\"message\":\"\\u001b]0;owned\\u0007\\u001b[2Jboom\\u202e\",\"data\":null}"))) {
            assertThatThrownBy(() -> collector(source(pve)).collect(new RecordingContext()))
                    .isInstanceOf(CollectorException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u001b", "\u0007", "\u202e")
                            .contains("\\x1B]0;owned"));
        }
    }

    private static void endsInTime(HostileHttpPeer pve, String message) {
        long start = System.nanoTime();
        assertThatThrownBy(() -> collector(source(pve)).collect(new RecordingContext()))
                .isInstanceOf(CollectorException.class).hasMessageContaining(message)
                .hasMessageContaining("sources.proxmox[0]");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIMEOUT.plusSeconds(3));
    }

    private static ProxmoxSource source(HostileHttpPeer pve) {
        return new ProxmoxSource("pve", pve.url(), Optional.of(TOKEN_ID), Optional.of(new Secret(TOKEN_SECRET)),
                Optional.empty(), Optional.empty(), TlsConfig.SYSTEM, TIMEOUT, true, Optional.empty());
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
