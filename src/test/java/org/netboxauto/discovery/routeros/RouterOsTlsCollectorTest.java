package org.netboxauto.discovery.routeros;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.RouterOsSource.Transport;
import org.netboxauto.config.TlsConfig;
import org.netboxauto.core.Observation;
import org.netboxauto.discovery.CollectorException;
import org.netboxauto.discovery.routeros.peer.PeerOptions;
import org.netboxauto.discovery.routeros.peer.PeerVersion;
import org.netboxauto.discovery.routeros.peer.RouterOsPeer;
import org.netboxauto.testsupport.TestCertificates;

/** API-SSL and REST over real TLS: trusted by pin or CA file, refused otherwise with the fingerprint named. */
class RouterOsTlsCollectorTest {

    @TempDir
    static Path temp;
    static TestCertificates routerCert;
    static TestCertificates otherCert;

    @BeforeAll
    static void certificates() {
        routerCert = TestCertificates.selfSigned(temp.resolve("router"), "router");
        otherCert = TestCertificates.selfSigned(temp.resolve("other"), "other");
    }

    @Test
    void apiSslWithAPinnedCertificate() throws Exception {
        try (RouterOsPeer peer = RouterOsPeer.apiSsl(PeerOptions.of(PeerVersion.V7_18), routerCert)) {
            ExpectedRows.assertFixtureObservations(collect(Transport.API_SSL, peer,
                    Sources.pinned(routerCert.fingerprintSha256())));
        }
    }

    @Test
    void apiSslWithACaFileChecksTheHostName() throws Exception {
        Path ca = routerCert.writePem(temp.resolve("router-ca.pem"));
        try (RouterOsPeer peer = RouterOsPeer.apiSsl(PeerOptions.of(PeerVersion.V6_43), routerCert)) {
            ExpectedRows.assertFixtureObservations(collect(Transport.API_SSL, peer, Sources.caFile(ca)));
        }
        TestCertificates elsewhere = TestCertificates.forOtherHost(temp.resolve("elsewhere"), "elsewhere");
        Path elsewhereCa = elsewhere.writePem(temp.resolve("elsewhere-ca.pem"));
        try (RouterOsPeer peer = RouterOsPeer.apiSsl(PeerOptions.of(PeerVersion.V7_18), elsewhere)) {
            assertThatThrownBy(() -> collect(Transport.API_SSL, peer, Sources.caFile(elsewhereCa)))
                    .isInstanceOf(CollectorException.class)
                    .hasMessageContaining("routeros:core-router (127.0.0.1:" + peer.port() + "): TLS not trusted")
                    .hasMessageContaining("sources.routeros[0].tls.fingerprint-sha256");
        }
    }

    @Test
    void apiSslWithAWrongPinNamesThePresentedFingerprint() throws Exception {
        try (RouterOsPeer peer = RouterOsPeer.apiSsl(PeerOptions.of(PeerVersion.V7_18), routerCert)) {
            assertThatThrownBy(() -> collect(Transport.API_SSL, peer, Sources.pinned(otherCert.fingerprintSha256())))
                    .isInstanceOf(CollectorException.class)
                    .hasMessageContaining("TLS not trusted")
                    .hasMessageContaining(routerCert.fingerprintSha256())
                    .hasMessageContaining("sources.routeros[0].tls.fingerprint-sha256");
        }
    }

    @Test
    void apiSslWithOnlySystemCasRefusesASelfSignedRouter() throws Exception {
        try (RouterOsPeer peer = RouterOsPeer.apiSsl(PeerOptions.of(PeerVersion.V7_18), routerCert)) {
            assertThatThrownBy(() -> collect(Transport.API_SSL, peer, TlsConfig.SYSTEM))
                    .isInstanceOf(CollectorException.class)
                    .hasMessageContaining(routerCert.fingerprintSha256())
                    .hasMessageContaining("sources.routeros[0].tls.ca-file or sources.routeros[0].tls.fingerprint-sha256");
        }
    }

    @Test
    void restWithAPinnedCertificate() throws Exception {
        try (RouterOsPeer peer = RouterOsPeer.rest(PeerOptions.of(PeerVersion.V7_18), routerCert)) {
            TestContext context = new TestContext();
            ExpectedRows.assertFixtureObservations(Sources.collector(Sources.source(Transport.REST, peer.port(),
                    Sources.PASSWORD, Sources.pinned(routerCert.fingerprintSha256()), Duration.ofSeconds(5)))
                    .collect(context));
            assertThat(context.progressLines()).contains("read 8 DHCP leases");
            assertThat(peer.log()).contains("GET /rest/ip/dhcp-server/lease .proplist=address,mac-address,"
                    + "active-address,active-mac-address,host-name,status,comment");
        }
    }

    @Test
    void restWithACaFile() throws Exception {
        Path ca = routerCert.writePem(temp.resolve("rest-ca.pem"));
        try (RouterOsPeer peer = RouterOsPeer.rest(PeerOptions.of(PeerVersion.V7_17), routerCert)) {
            ExpectedRows.assertFixtureObservations(collect(Transport.REST, peer, Sources.caFile(ca)));
        }
    }

    @Test
    void restWithAWrongPinNamesThePresentedFingerprint() throws Exception {
        try (RouterOsPeer peer = RouterOsPeer.rest(PeerOptions.of(PeerVersion.V7_18), routerCert)) {
            assertThatThrownBy(() -> collect(Transport.REST, peer, Sources.pinned(otherCert.fingerprintSha256())))
                    .isInstanceOf(CollectorException.class)
                    .hasMessageContaining("TLS not trusted")
                    .hasMessageContaining(routerCert.fingerprintSha256());
        }
    }

    @Test
    void aRunCarriesTheRefusedCertificateWithTheSourcesEntrySoThatAFaceCanTrustIt() throws Exception {
        try (RouterOsPeer peer = RouterOsPeer.apiSsl(PeerOptions.of(PeerVersion.V7_18), routerCert);
             var executor = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            var orchestrator = new org.netboxauto.discovery.DiscoveryOrchestrator(executor, java.time.Clock.systemUTC());
            var refused = orchestrator.run(List.of(Sources.collector(Sources.source(Transport.API_SSL, peer.port(),
                    Sources.PASSWORD, TlsConfig.SYSTEM, Duration.ofSeconds(5)))), java.time.Instant.now(),
                    org.netboxauto.discovery.DiscoveryListener.NONE, new org.netboxauto.discovery.RunControl(),
                    r -> { }).getFirst();

            assertThat(refused.succeeded()).isFalse();
            assertThat(refused.untrusted()).hasValueSatisfying(u -> {
                assertThat(u.entry()).isEqualTo("sources.routeros[0]");
                assertThat(u.certificate().sha256()).isEqualTo(routerCert.fingerprintSha256());
            });

            var pinned = orchestrator.run(List.of(Sources.collector(Sources.source(Transport.API_SSL, peer.port(),
                    Sources.PASSWORD, Sources.pinned(refused.untrusted().orElseThrow().certificate().sha256()),
                    Duration.ofSeconds(5)))), java.time.Instant.now(), org.netboxauto.discovery.DiscoveryListener.NONE,
                    new org.netboxauto.discovery.RunControl(), r -> { }).getFirst();
            assertThat(pinned.succeeded()).isTrue();
            assertThat(pinned.untrusted()).isEmpty();
        }
    }

    private static List<Observation> collect(Transport transport, RouterOsPeer peer, TlsConfig tls) throws Exception {
        return Sources.collector(Sources.source(transport, peer.port(), Sources.PASSWORD, tls, Duration.ofSeconds(5)))
                .collect(new TestContext());
    }
}
