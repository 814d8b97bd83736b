package org.netboxauto.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.RouterOsSource.Transport;
import org.netboxauto.config.Secret;
import org.netboxauto.discovery.routeros.peer.PeerOptions;
import org.netboxauto.discovery.routeros.peer.PeerTables;
import org.netboxauto.discovery.routeros.peer.PeerVersion;
import org.netboxauto.discovery.routeros.peer.RouterOsPeer;
import org.netboxauto.testsupport.TestCertificates;

/** Test connection for a RouterOS entry, against the RouterOS peer over real sockets and TLS. */
class RouterOsConnectionTesterTest {

    static final String VERSION = "7.18.2 (stable)";

    @TempDir
    static Path temp;
    static TestCertificates certificate;

    @BeforeAll
    static void certificate() {
        certificate = TestCertificates.selfSigned(temp.resolve("router"), "router");
    }

    /** The fixtures plus system/resource as a RouterOS 7.18 router prints it. */
    public static PeerOptions routerWithVersion() {
        Map<String, List<Map<String, byte[]>>> tables = new LinkedHashMap<>(PeerTables.fixtures().byMenu());
        Map<String, byte[]> resource = new LinkedHashMap<>();
        for (String[] p : new String[][] {{"uptime", "3d4h12m"}, {"version", VERSION}, {"build-time",
            "2025-03-11 11:59:04"}, {"free-memory", "851968000"}, {"cpu", "ARM64"}, {"board-name", "RB5009UG+S+"},
            {"architecture-name", "arm64"}, {"platform", "MikroTik"}}) {
            resource.put(p[0], p[1].getBytes(StandardCharsets.UTF_8));
        }
        tables.put("system/resource", List.of(resource));
        return PeerOptions.of(PeerVersion.V7_18).with(new PeerTables(tables));
    }

    private static SetupDraft.RouterOs entry(Transport transport, int port, String password, String fingerprint) {
        return new SetupDraft.RouterOs("core-router", "127.0.0.1", transport, Integer.toString(port), "admin",
                new Secret(password), fingerprint);
    }

    @Test
    void theApiReportsTheRouterOsVersion() throws Exception {
        try (RouterOsPeer peer = RouterOsPeer.api(routerWithVersion())) {
            ConnectionCheck check = new RouterOsConnectionTester().test(entry(Transport.API, peer.port(),
                    "s3cret=pass", ""), 0);

            assertThat(check).isEqualTo(ConnectionCheck.ok("Connected: RouterOS " + VERSION));
            assertThat(peer.log()).contains("/system/resource/print .proplist=version");
        }
    }

    @Test
    void restOverAPinnedCertificateReportsTheVersion() throws Exception {
        try (RouterOsPeer peer = RouterOsPeer.rest(routerWithVersion(), certificate)) {
            ConnectionCheck check = new RouterOsConnectionTester().test(entry(Transport.REST, peer.port(),
                    "s3cret=pass", certificate.fingerprintSha256()), 0);
            assertThat(check).isEqualTo(ConnectionCheck.ok("Connected: RouterOS " + VERSION));
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithTheUserAndKeyNamed() throws Exception {
        try (RouterOsPeer peer = RouterOsPeer.api(routerWithVersion())) {
            ConnectionCheck check = new RouterOsConnectionTester().test(entry(Transport.API, peer.port(),
                    "wrong", ""), 2);

            assertThat(check.ok()).isFalse();
            assertThat(check.message()).contains("admin").contains("sources.routeros[2]").doesNotContain("wrong");
        }
    }

    @Test
    void aSelfSignedCertificateIsRefusedWithItsFingerprintNamed() throws Exception {
        try (RouterOsPeer peer = RouterOsPeer.apiSsl(routerWithVersion(), certificate)) {
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
