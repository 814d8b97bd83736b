package org.netboxauto.discovery.routeros;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.RouterOsSource;
import org.netboxauto.config.RouterOsSource.Transport;
import org.netboxauto.config.TlsConfig;
import org.netboxauto.discovery.CollectorException;
import org.netboxauto.discovery.routeros.peer.PeerFault;
import org.netboxauto.discovery.routeros.peer.PeerOptions;
import org.netboxauto.discovery.routeros.peer.PeerVersion;
import org.netboxauto.discovery.routeros.peer.RouterOsPeer;
import org.netboxauto.testsupport.TestCertificates;

/** Every way a router can fail ends in one CollectorException naming the source and what to do. */
class RouterOsFaultTest {

    private static final String WRONG = "not-the-password";

    @TempDir
    static Path temp;
    static TestCertificates cert;

    @BeforeAll
    static void certificate() {
        cert = TestCertificates.selfSigned(temp, "router");
    }

    @Test
    void aWrongPasswordOnCurrentRouterOs() throws Exception {
        try (RouterOsPeer peer = RouterOsPeer.api(PeerOptions.of(PeerVersion.V7_18))) {
            failsWith(api(peer, WRONG, Duration.ofSeconds(5)))
                    .hasMessage("routeros:core-router (127.0.0.1:" + peer.port() + "): login refused for user admin"
                            + " (invalid user name or password (6)) — check sources.routeros[0].username / password");
        }
    }

    @Test
    void aWrongPasswordOnTheChallengeLogin() throws Exception {
        try (RouterOsPeer peer = RouterOsPeer.api(PeerOptions.of(PeerVersion.V6_42))) {
            failsWith(api(peer, WRONG, Duration.ofSeconds(5)))
                    .hasMessageContaining("login refused for user admin (cannot log in)")
                    .hasMessageContaining("sources.routeros[0].username / password");
        }
    }

    @Test
    void aWrongPasswordOverRest() throws Exception {
        try (RouterOsPeer peer = RouterOsPeer.rest(PeerOptions.of(PeerVersion.V7_18), cert)) {
            failsWith(rest(peer, WRONG, Duration.ofSeconds(5)))
                    .hasMessageContaining("login refused for user admin (HTTP 401 Unauthorized; the user's group"
                            + " needs the rest-api policy)")
                    .hasMessageContaining("sources.routeros[0].username / password");
        }
    }

    @Test
    void aClosedPortIsConnectionRefused() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        failsWith(Sources.source(Transport.API, port, Sources.PASSWORD, TlsConfig.SYSTEM, Duration.ofSeconds(5)))
                .hasMessage("routeros:core-router (127.0.0.1:" + port + "): connection refused — check that the api"
                        + " service is enabled on the router (/ip service) and sources.routeros[0].host / port");
    }

    @Test
    void aStalledRouterTimesOut() throws Exception {
        try (RouterOsPeer peer = RouterOsPeer.api(PeerOptions.of(PeerVersion.V7_18).with(PeerFault.STALL))) {
            long start = System.nanoTime();
            failsWith(api(peer, Sources.PASSWORD, Duration.ofMillis(400)))
                    .hasMessageContaining("no answer within 400 ms — the router is down or stalled; check it, or raise"
                            + " sources.routeros[0].timeout");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void aStalledRestRouterTimesOut() throws Exception {
        try (RouterOsPeer peer = RouterOsPeer.rest(PeerOptions.of(PeerVersion.V7_18).with(PeerFault.STALL), cert)) {
            failsWith(rest(peer, Sources.PASSWORD, Duration.ofMillis(400)))
                    .hasMessageContaining("no answer within 400 ms");
        }
    }

    @Test
    void aConnectionClosedMidReply() throws Exception {
        try (RouterOsPeer peer = RouterOsPeer.api(PeerOptions.of(PeerVersion.V7_18).with(PeerFault.CLOSE_MID_REPLY))) {
            failsWith(api(peer, Sources.PASSWORD, Duration.ofSeconds(5)))
                    .hasMessageContaining("the connection was closed in the middle of a reply — the router dropped"
                            + " the session");
        }
        try (RouterOsPeer peer = RouterOsPeer.rest(PeerOptions.of(PeerVersion.V7_18).with(PeerFault.CLOSE_MID_REPLY),
                cert)) {
            failsWith(rest(peer, Sources.PASSWORD, Duration.ofSeconds(5)))
                    .hasMessageContaining("the connection was closed in the middle of a reply");
        }
    }

    @Test
    void anotherServiceOnThePort() throws Exception {
        try (RouterOsPeer peer = RouterOsPeer.api(PeerOptions.of(PeerVersion.V7_18).with(PeerFault.GARBAGE))) {
            failsWith(api(peer, Sources.PASSWORD, Duration.ofSeconds(5)))
                    .hasMessageContaining("the peer's answer is not a RouterOS API reply — check that"
                            + " sources.routeros[0].port is the router's api port");
        }
        try (RouterOsPeer peer = RouterOsPeer.rest(PeerOptions.of(PeerVersion.V7_18).with(PeerFault.GARBAGE), cert)) {
            failsWith(rest(peer, Sources.PASSWORD, Duration.ofSeconds(5)))
                    .hasMessageContaining("the answer to GET /rest/ip/dhcp-server/lease is not a RouterOS REST list");
        }
    }

    @Test
    void thePlainApiSpokenToTheTlsPort() throws Exception {
        try (RouterOsPeer peer = RouterOsPeer.apiSsl(PeerOptions.of(PeerVersion.V7_18), cert)) {
            failsWith(api(peer, Sources.PASSWORD, Duration.ofSeconds(5)))
                    .hasMessageContaining("sources.routeros[0].port is the router's api port");
        }
    }

    @Test
    void aWordOfMoreThanOneMebibyte() throws Exception {
        try (RouterOsPeer peer = RouterOsPeer.api(PeerOptions.of(PeerVersion.V7_18).with(PeerFault.HUGE_WORD))) {
            failsWith(api(peer, Sources.PASSWORD, Duration.ofSeconds(5)))
                    .hasMessageContaining("a word of 1048601 bytes is larger than the 1048576 bytes accepted");
        }
    }

    @Test
    void aUserWithoutReadPermission() throws Exception {
        try (RouterOsPeer peer = RouterOsPeer.api(PeerOptions.of(PeerVersion.V7_18).with(PeerFault.NO_PERMISSION))) {
            failsWith(api(peer, Sources.PASSWORD, Duration.ofSeconds(5)))
                    .hasMessageContaining("the router refused /ip/dhcp-server/lease/print: not enough permissions (9)"
                            + " — give user admin a group with the read and api (or rest-api) policies");
        }
        try (RouterOsPeer peer = RouterOsPeer.rest(PeerOptions.of(PeerVersion.V7_18).with(PeerFault.NO_PERMISSION),
                cert)) {
            failsWith(rest(peer, Sources.PASSWORD, Duration.ofSeconds(5)))
                    .hasMessageContaining("the router refused GET /rest/ip/dhcp-server/lease: HTTP 403 Forbidden:"
                            + " not enough permissions (9)");
        }
    }

    @Test
    void aFatalReplyEndsTheRun() throws Exception {
        try (RouterOsPeer peer = RouterOsPeer.api(PeerOptions.of(PeerVersion.V7_18).with(PeerFault.FATAL))) {
            failsWith(api(peer, Sources.PASSWORD, Duration.ofSeconds(5)))
                    .hasMessageContaining("the router closed the session: session terminated by the administrator");
        }
    }

    private static RouterOsSource api(RouterOsPeer peer, String password, Duration timeout) {
        return Sources.source(Transport.API, peer.port(), password, TlsConfig.SYSTEM, timeout);
    }

    private static RouterOsSource rest(RouterOsPeer peer, String password, Duration timeout) {
        return Sources.source(Transport.REST, peer.port(), password, Sources.pinned(cert.fingerprintSha256()), timeout);
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> failsWith(RouterOsSource source) {
        return assertThatThrownBy(() -> Sources.collector(source).collect(new TestContext()))
                .isInstanceOf(CollectorException.class)
                .hasMessageStartingWith("routeros:core-router (127.0.0.1:")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(source.password().reveal())
                        .doesNotContain("Exception"));
    }
}
