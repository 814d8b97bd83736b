package org.netboxauto.discovery.proxmox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.core.Observation;
import org.netboxauto.discovery.proxmox.peer.PeerFixture;
import org.netboxauto.discovery.proxmox.peer.ProxmoxPeer;
import org.netboxauto.testsupport.TestCertificates;

/** 500 guests: all read, at most 8 at a time, progress throttled; the wall time is printed, never judged. */
class ProxmoxManyGuestsTest {

    private static final int GUESTS = 500;
    private static final Duration NODE_LATENCY = Duration.ofMillis(5);

    @TempDir
    Path temp;

    @Test
    void readsFiveHundredGuestsEightAtATime() throws Exception {
        try (ProxmoxPeer peer = new ProxmoxPeer(PeerFixture.generated(GUESTS), TestCertificates.selfSigned(temp, "pve"),
                false)) {
            peer.token(ProxmoxTestSources.TOKEN_ID, ProxmoxTestSources.TOKEN_SECRET, ProxmoxPeer.AUDITOR);
            ProxmoxCollector collector = ProxmoxTestSources.collector(ProxmoxTestSources.token(peer));
            collector.collect(new RecordingContext());

            peer.latency(NODE_LATENCY);
            RecordingContext context = new RecordingContext();
            long start = System.nanoTime();
            List<Observation> observations = collector.collect(context);
            long wallMillis = (System.nanoTime() - start) / 1_000_000;

            assertThat(observations).hasSize(GUESTS * 2);
            assertThat(observations).allMatch(o -> o.ips().size() == 1);
            assertThat(observations.stream().map(Observation::group).distinct()).hasSize(GUESTS)
                    .doesNotContain(Optional.empty());
            assertThat(peer.maxConcurrentGuestRequests()).isBetween(2, 8);
            assertThat(context.progressLines()).last().isEqualTo("read 500 of 500 guests");
            assertThat(context.progressLines().size()).as("progress is throttled").isLessThan(GUESTS / 10);

            long sequentialFloor = GUESTS * 2L * NODE_LATENCY.toMillis();
            System.out.printf("[benchmark] proxmox collect %d guests (%d NICs), %d ms per node call: %d ms wall;"
                    + " one-at-a-time floor %d ms; %.1fx faster; peak %d requests in flight%n", GUESTS,
                    observations.size(), NODE_LATENCY.toMillis(), wallMillis, sequentialFloor,
                    (double) sequentialFloor / Math.max(1, wallMillis), peer.maxConcurrentGuestRequests());
        }
    }
}
