package org.netboxauto.discovery.proxmox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.netboxauto.discovery.proxmox.ProxmoxTestSources.KEY;
import static org.netboxauto.discovery.proxmox.ProxmoxTestSources.TOKEN_SECRET;
import static org.netboxauto.discovery.proxmox.ProxmoxTestSources.collector;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.ProxmoxSource;
import org.netboxauto.config.TlsConfig;
import org.netboxauto.discovery.CollectorException;
import org.netboxauto.discovery.proxmox.peer.PeerFault;
import org.netboxauto.discovery.proxmox.peer.PeerFixture;
import org.netboxauto.discovery.proxmox.peer.ProxmoxPeer;
import org.netboxauto.testsupport.TestCertificates;

/** Every way a Proxmox source fails ends in one CollectorException that names the source and what to do. */
class ProxmoxFaultsTest {

    @TempDir
    static Path temp;

    private static TestCertificates certificate;
    private ProxmoxPeer peer;

    @BeforeAll
    static void makeCertificate() {
        certificate = TestCertificates.selfSigned(temp, "pve");
    }

    @BeforeEach
    void start() throws Exception {
        peer = new ProxmoxPeer(PeerFixture.labCluster(), certificate, false)
                .token(ProxmoxTestSources.TOKEN_ID, TOKEN_SECRET, ProxmoxPeer.AUDITOR)
                .user(ProxmoxTestSources.USER, ProxmoxTestSources.PASSWORD, ProxmoxPeer.AUDITOR)
                .delays(Duration.ofMillis(200), Duration.ofMillis(100), Duration.ofMillis(100));
    }

    @AfterEach
    void stop() {
        peer.close();
    }

    @Test
    void aWrongTokenSecretIsRefusedAfterProxmoxsDelay() throws Exception {
        peer.delays(Duration.ofSeconds(3), Duration.ofMillis(100), Duration.ofMillis(100));
        long start = System.nanoTime();
        String wrong = "11111111-2222-3333-4444-555555555555";
        failure(ProxmoxTestSources.token(peer, wrong, Duration.ofSeconds(10)))
                .hasMessageContainingAll("proxmox:pve", KEY, "collector@pve!inventory", "401",
                        KEY + ".token-id (USER@REALM!TOKENID)", KEY + ".token-secret")
                .hasMessageNotContaining(wrong).hasMessageNotContaining(TOKEN_SECRET);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void aWrongPasswordIsRefused() {
        failure(ProxmoxTestSources.password(peer, "wrong-password"))
                .hasMessageContainingAll("login of user collector@pve", "401", KEY + ".password")
                .hasMessageNotContaining("wrong-password");
    }

    @Test
    void aMissingPrivilegeIsNamed() {
        peer.fault(PeerFault.FORBID_CONFIG);
        failure(ProxmoxTestSources.token(peer))
                .hasMessageContainingAll("proxmox:pve", "lacks the privilege VM.Audit", "403", "PVEAuditor")
                .hasMessageNotContaining(TOKEN_SECRET);
    }

    @Test
    void aMissingAgentPrivilegeOnlyCostsTheAddresses() throws Exception {
        peer.token("noagent@pve!inv", "9d0f3c1e-8a5b-4e0e-9f61-3b1f7c9a0d42",
                java.util.Set.of("VM.Audit", "Sys.Audit", "Pool.Audit"));
        ProxmoxSource source = new ProxmoxSource("pve", peer.url(), Optional.of("noagent@pve!inv"),
                Optional.of(new org.netboxauto.config.Secret("9d0f3c1e-8a5b-4e0e-9f61-3b1f7c9a0d42")), Optional.empty(),
                Optional.empty(), ProxmoxTestSources.pinned(peer), Duration.ofSeconds(10), true, Optional.empty());
        var observations = collector(source).collect(new RecordingContext());
        assertThat(observations).isNotEmpty();
        assertThat(observations).filteredOn(o -> o.group().equals(Optional.of("vm:110")))
                .singleElement().extracting(o -> o.ips()).asList().isEmpty();
        assertThat(observations).filteredOn(o -> o.mac().toString().equals("bc:24:11:5e:2a:01"))
                .singleElement().extracting(o -> o.ips()).asList().as("cloud-init, not the agent")
                .containsExactly("10.20.0.31");
    }

    @Test
    void aRefusedConnectionNamesHostAndPort() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        ProxmoxSource source = withUrl(ProxmoxTestSources.token(peer), URI.create("https://127.0.0.1:" + port));
        failure(source).hasMessageContainingAll("proxmox:pve", "cannot connect to 127.0.0.1:" + port, KEY + ".url");
    }

    @Test
    void aStalledPeerTimesOut() {
        peer.fault(PeerFault.STALL);
        long start = System.nanoTime();
        failure(ProxmoxTestSources.token(peer, TOKEN_SECRET, Duration.ofSeconds(1)))
                .hasMessageContainingAll("did not answer", "within 1 s", KEY + ".timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("ends on the timeout, not the peer")
                .isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void cancelEndsAStalledCollectionWithinASecond() throws Exception {
        peer.fault(PeerFault.STALL);
        RecordingContext context = new RecordingContext();
        ProxmoxCollector collector = collector(ProxmoxTestSources.token(peer, TOKEN_SECRET, Duration.ofSeconds(60)));
        CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
            try {
                collector.collect(context);
                return null;
            } catch (Exception e) {
                return e;
            }
        });
        Thread.sleep(500);
        assertThat(outcome).isNotDone();
        long start = System.nanoTime();
        context.cancel();
        Throwable ended = outcome.get(1, TimeUnit.SECONDS);
        System.out.printf("[benchmark] proxmox cancel on a stalled peer: ended in %d ms (limit 1000 ms)%n",
                (System.nanoTime() - start) / 1_000_000);
        assertThat(ended).isInstanceOf(InterruptedException.class);
    }

    @Test
    void anUntrustedCertificateNamesItsFingerprint() {
        ProxmoxSource source = withTls(ProxmoxTestSources.token(peer), TlsConfig.SYSTEM);
        failure(source).hasMessageContainingAll("proxmox:pve", "TLS with 127.0.0.1:", peer.fingerprint(),
                KEY + ".tls.fingerprint-sha256");
    }

    @Test
    void aPinOfAnotherCertificateIsRefused() {
        TestCertificates other = TestCertificates.selfSigned(temp.resolve("other"), "other");
        ProxmoxSource source = withTls(ProxmoxTestSources.token(peer),
                new TlsConfig(Optional.empty(), Optional.of(other.fingerprintSha256())));
        failure(source).hasMessageContainingAll(peer.fingerprint(), "not the one pinned", KEY + ".tls.fingerprint-sha256");
    }

    @Test
    void aCaFileOfThePeerIsTrustedWithHostNameChecks() throws Exception {
        Path ca = certificate.writePem(temp.resolve("pve-root-ca.pem"));
        ProxmoxSource source = withTls(ProxmoxTestSources.token(peer), new TlsConfig(Optional.of(ca), Optional.empty()));
        assertThat(collector(source).collect(new RecordingContext())).isNotEmpty();
        TestCertificates elsewhere = TestCertificates.forOtherHost(temp.resolve("elsewhere"), "pve");
        try (ProxmoxPeer misnamed = new ProxmoxPeer(PeerFixture.labCluster(), elsewhere, false)) {
            Path itsCa = elsewhere.writePem(temp.resolve("elsewhere.pem"));
            failure(withTls(withUrl(source, misnamed.url()), new TlsConfig(Optional.of(itsCa), Optional.empty())))
                    .hasMessageContainingAll("TLS with 127.0.0.1:" + misnamed.url().getPort(), "127.0.0.1");
        }
    }

    @Test
    void anUnrelatedCaFileIsRefused() throws Exception {
        Path ca = TestCertificates.selfSigned(temp.resolve("ca"), "ca").writePem(temp.resolve("unrelated.pem"));
        failure(withTls(ProxmoxTestSources.token(peer), new TlsConfig(Optional.of(ca), Optional.empty())))
                .hasMessageContainingAll(peer.fingerprint(), KEY + ".tls.ca-file");
    }

    @Test
    void garbageRepliesAreNamed() {
        peer.fault(PeerFault.GARBAGE);
        failure(ProxmoxTestSources.token(peer))
                .hasMessageContainingAll("is not Proxmox API JSON", "<html>", KEY + ".url");
    }

    @Test
    void aPeerClosingMidReplyIsNamed() {
        peer.fault(PeerFault.CLOSE_MID_REPLY);
        failure(ProxmoxTestSources.token(peer))
                .hasMessageContainingAll("proxmox:pve", "closed the connection", KEY + ".url");
    }

    @Test
    void errorsWithoutAMessageBodyStillWork() throws Exception {
        try (ProxmoxPeer legacy = new ProxmoxPeer(PeerFixture.labCluster(), certificate, true)) {
            legacy.token(ProxmoxTestSources.TOKEN_ID, TOKEN_SECRET, ProxmoxPeer.AUDITOR)
                    .delays(Duration.ofMillis(100), Duration.ofMillis(100), Duration.ofMillis(100))
                    .fault(PeerFault.FORBID_CONFIG);
            failure(ProxmoxTestSources.token(legacy)).hasMessageContainingAll("VM.Audit", "403");
        }
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> failure(ProxmoxSource source) {
        return assertThatThrownBy(() -> collector(source).collect(new RecordingContext()))
                .isInstanceOf(CollectorException.class);
    }

    private static ProxmoxSource withUrl(ProxmoxSource s, URI url) {
        return new ProxmoxSource(s.name(), url, s.tokenId(), s.tokenSecret(), s.username(), s.password(), s.tls(),
                s.timeout(), s.guestAgent(), s.cluster());
    }

    private static ProxmoxSource withTls(ProxmoxSource s, TlsConfig tls) {
        return new ProxmoxSource(s.name(), s.url(), s.tokenId(), s.tokenSecret(), s.username(), s.password(), tls,
                s.timeout(), s.guestAgent(), s.cluster());
    }
}
