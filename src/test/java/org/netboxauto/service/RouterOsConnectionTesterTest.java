package org.netboxauto.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.RouterOsSource.Transport;
import org.netboxauto.config.Secret;
import org.netboxauto.discovery.routeros.peer.RouterOsPeer;
import org.netboxauto.testsupport.TestCertificates;

/** Test connection for a RouterOS entry, against the RouterOS peer over real sockets and TLS. */
class RouterOsConnectionTesterTest {

    static final String VERSION = RouterWithVersion.VERSION;

    @TempDir
    static Path temp;
    static TestCertificates certificate;

    @BeforeAll
    static void certificate() {
        certificate = TestCertificates.selfSigned(temp.resolve("router"), "router");
    }

    private static SetupDraft.RouterOs entry(Transport transport, int port, String password, String fingerprint) {
        return new SetupDraft.RouterOs("core-router", "127.0.0.1", transport, Integer.toString(port), "admin",
                new Secret(password), fingerprint);
    }

    @Test
    void theApiReportsTheRouterOsVersion() throws Exception {
        try (RouterOsPeer peer = RouterOsPeer.api(RouterWithVersion.options())) {
            ConnectionCheck check = new RouterOsConnectionTester().test(entry(Transport.API, peer.port(),
                    "s3cret=pass", ""), 0);

            assertThat(check).isEqualTo(ConnectionCheck.ok("Connected: RouterOS " + VERSION));
            assertThat(peer.log()).contains("/system/resource/print .proplist=version");
        }
    }

    @Test
    void restOverAPinnedCertificateReportsTheVersion() throws Exception {
        try (RouterOsPeer peer = RouterOsPeer.rest(RouterWithVersion.options(), certificate)) {
            ConnectionCheck check = new RouterOsConnectionTester().test(entry(Transport.REST, peer.port(),
                    "s3cret=pass", certificate.fingerprintSha256()), 0);
            assertThat(check).isEqualTo(ConnectionCheck.ok("Connected: RouterOS " + VERSION));
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithTheUserAndKeyNamed() throws Exception {
        try (RouterOsPeer peer = RouterOsPeer.api(RouterWithVersion.options())) {
            ConnectionCheck check = new RouterOsConnectionTester().test(entry(Transport.API, peer.port(),
                    "wrong", ""), 2);

            assertThat(check.ok()).isFalse();
            assertThat(check.message()).contains("admin").contains("sources.routeros[2]").doesNotContain("wrong");
        }
    }

    @Test
    void aSelfSignedCertificateIsRefusedWithItsFingerprintNamed() throws Exception {
        try (RouterOsPeer peer = RouterOsPeer.apiSsl(RouterWithVersion.options(), certificate)) {
            ConnectionCheck check = new RouterOsConnectionTester().test(entry(Transport.API_SSL, peer.port(),
                    "s3cret=pass", ""), 0);

            assertThat(check.ok()).isFalse();
            assertThat(check.message()).containsIgnoringCase(certificate.fingerprintSha256().substring(0, 20))
                    .contains("fingerprint-sha256");
        }
    }

    @Test
    void nothingListeningIsReportedWithTheAddress() throws Exception {
        int port;
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        ConnectionCheck check = new RouterOsConnectionTester().test(entry(Transport.API, port, "x", ""), 0);
        assertThat(check.ok()).isFalse();
        assertThat(check.message()).contains("127.0.0.1:" + port);
    }
}
