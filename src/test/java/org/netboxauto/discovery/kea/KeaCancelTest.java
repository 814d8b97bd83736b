package org.netboxauto.discovery.kea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.netboxauto.config.KeaSource;
import org.netboxauto.config.TlsConfig;
import org.netboxauto.discovery.CollectorException;
import org.netboxauto.discovery.StallingPeer;
import org.netboxauto.testsupport.RecordingContext;

/** A Control Agent that accepts and never answers: cancel ends the read at once, the deadline ends it in time. */
class KeaCancelTest {

    private static KeaSource source(StallingPeer peer, Duration timeout) {
        return new KeaSource("hang", URI.create("http://127.0.0.1:" + peer.port() + "/"), Optional.empty(),
                Optional.empty(), TlsConfig.SYSTEM, List.of(KeaSource.Service.DHCP4), true, List.of(), true, 1000,
                timeout);
    }

    @Test
    void cancelEndsABlockedReadWithinASecond() throws Exception {
        try (StallingPeer peer = new StallingPeer()) {
            RecordingContext context = new RecordingContext(Instant.now());
            CompletableFuture<Thread> thread = new CompletableFuture<>();
            CompletableFuture<Object> run = CompletableFuture.supplyAsync(() -> {
                thread.complete(Thread.currentThread());
                try {
                    return new KeaCollector(source(peer, Duration.ofSeconds(60)), "sources.kea[0]").collect(context);
                } catch (Exception e) {
                    return e;
                }
            });
            Thread.sleep(300);
            long start = System.nanoTime();
            context.cancel(thread.get());
            Object outcome = run.get(5, TimeUnit.SECONDS);
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(1000);
            assertThat(outcome).isInstanceOf(InterruptedException.class);
        }
    }

    @Test
    void aPeerThatNeverAnswersFailsWithinItsTimeout() throws Exception {
        try (StallingPeer peer = new StallingPeer()) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> new KeaCollector(source(peer, Duration.ofSeconds(1)), "sources.kea[0]")
                    .collect(new RecordingContext(Instant.now())))
                    .isInstanceOf(CollectorException.class)
                    .hasMessageContaining("did not answer config-get to dhcp4 within 1 s")
                    .hasMessageContaining("sources.kea[0].timeout");
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(3000);
        }
    }
}
