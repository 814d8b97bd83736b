package org.netboxauto.discovery.routeros;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.RouterOsSource;
import org.netboxauto.config.RouterOsSource.Transport;
import org.netboxauto.config.TlsConfig;
import org.netboxauto.discovery.routeros.peer.PeerFault;
import org.netboxauto.discovery.routeros.peer.PeerOptions;
import org.netboxauto.discovery.routeros.peer.PeerVersion;
import org.netboxauto.discovery.routeros.peer.RouterOsPeer;
import org.netboxauto.testsupport.TestCertificates;

/** A cancel (interrupt plus closing what was registered) ends a read blocked on a stalled router within 1 s. */
class RouterOsCancelTest {

    @TempDir
    Path temp;

    @Test
    void cancelEndsAStalledApiRead() throws Exception {
        try (RouterOsPeer peer = RouterOsPeer.api(PeerOptions.of(PeerVersion.V7_18).with(PeerFault.STALL))) {
            assertCancelledWithinOneSecond(Sources.source(Transport.API, peer.port(), Sources.PASSWORD,
                    TlsConfig.SYSTEM, Duration.ofMinutes(5)));
        }
    }

    @Test
    void cancelEndsAStalledApiSslRead() throws Exception {
        TestCertificates cert = TestCertificates.selfSigned(temp, "router");
        try (RouterOsPeer peer = RouterOsPeer.apiSsl(PeerOptions.of(PeerVersion.V7_18).with(PeerFault.STALL), cert)) {
            assertCancelledWithinOneSecond(Sources.source(Transport.API_SSL, peer.port(), Sources.PASSWORD,
                    Sources.pinned(cert.fingerprintSha256()), Duration.ofMinutes(5)));
        }
    }

    @Test
    void cancelEndsAStalledRestRequest() throws Exception {
        TestCertificates cert = TestCertificates.selfSigned(temp, "router");
        try (RouterOsPeer peer = RouterOsPeer.rest(PeerOptions.of(PeerVersion.V7_18).with(PeerFault.STALL), cert)) {
            assertCancelledWithinOneSecond(Sources.source(Transport.REST, peer.port(), Sources.PASSWORD,
                    Sources.pinned(cert.fingerprintSha256()), Duration.ofMinutes(5)));
        }
    }

    private static void assertCancelledWithinOneSecond(RouterOsSource source) throws Exception {
        TestContext context = new TestContext();
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        // a platform thread: its socket reads do not end on interrupt alone, so the close must do it
        Thread collecting = Thread.ofPlatform().name("routeros-collect").start(() -> {
            try {
                Sources.collector(source).collect(context);
                outcome.complete(null);
            } catch (Throwable e) {
                outcome.complete(e);
            }
        });
        Thread.sleep(700);
        assertThat(collecting.isAlive()).as("blocked on the stalled router").isTrue();
        long start = System.nanoTime();
        context.cancel(collecting);
        Throwable result = outcome.get(5, TimeUnit.SECONDS);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).isLessThan(Duration.ofSeconds(1));
        assertThat(result).isInstanceOf(InterruptedException.class);
    }
}
