package org.netboxauto.netbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.netboxauto.testsupport.HostileHttpPeer;

/** NetBox peers that loop, stream forever, trickle, lie about sizes or throttle: every read ends in time. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileNetBoxTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final String DEVICES = "/api/dcim/devices/";
    private static final String ROW = "{\"id\":1,\"name\":\"sw1\"}";

    private static String page(String next) {
        return "{\"count\":4,\"next\":" + (next == null ? "null" : "\"" + next + "\"")
                + ",\"previous\":null,\"results\":[" + ROW + "," + ROW + "]}";
    }

    @Test
    void aNextLinkBackToTheSamePageIsRefused() {
        try (HostileHttpPeer nb = HostileHttpPeer.start((m, t, out) -> HostileHttpPeer.json(out, 200,
                page("http://127.0.0.1/api/dcim/devices/?limit=2"))); HttpNetBoxClient client = client(nb)) {
            assertEndsQuickly(() -> client.list(DEVICES, NetBoxQuery.NONE), "repeats a page already read");
            assertThat(nb.requests()).hasSize(1);
        }
    }

    @Test
    void aNextLinkToAnEarlierPageIsRefused() {
        try (HostileHttpPeer nb = HostileHttpPeer.start((m, t, out) -> HostileHttpPeer.json(out, 200,
                page(t.contains("offset=2") ? DEVICES + "?limit=2&offset=1" : DEVICES + "?limit=2&offset=2")));
             HttpNetBoxClient client = client(nb)) {
            assertEndsQuickly(() -> client.list(DEVICES, NetBoxQuery.NONE), "earlier page");
            assertThat(nb.requests()).hasSize(2);
        }
    }

    @Test
    void aNextLinkToAnotherEndpointIsRefused() {
        try (HostileHttpPeer nb = HostileHttpPeer.start((m, t, out) -> HostileHttpPeer.json(out, 200,
                page("/api/users/tokens/?limit=2&offset=2"))); HttpNetBoxClient client = client(nb)) {
            assertEndsQuickly(() -> client.list(DEVICES, NetBoxQuery.NONE), "another endpoint");
        }
    }

    @Test
    void aNextLinkToAnotherHostNeverReachesItAndTheTokenStaysHome() {
        try (HostileHttpPeer elsewhere = HostileHttpPeer.start((m, t, out) -> HostileHttpPeer.json(out, 200,
                page(null)));
             HostileHttpPeer nb = HostileHttpPeer.start((m, t, out) -> HostileHttpPeer.json(out, 200,
                     page(t.contains("offset=2") ? null : elsewhere.url() + DEVICES + "?limit=2&offset=2")));
             HttpNetBoxClient client = client(nb)) {
            assertThat(client.list(DEVICES, NetBoxQuery.NONE)).hasSize(4);
            assertThat(elsewhere.requests()).isEmpty();
            assertThat(nb.requests()).containsExactly("GET " + DEVICES + "?limit=2",
                    "GET " + DEVICES + "?limit=2&offset=2");
        }
    }

    @Test
    void anEmptyPageWithANextLinkEndsTheRead() {
        try (HostileHttpPeer nb = HostileHttpPeer.start((m, t, out) -> HostileHttpPeer.json(out, 200,
                "{\"count\":null,\"next\":\"" + DEVICES + "?limit=2&offset=" + System.nanoTime()
                        + "\",\"results\":[]}")); HttpNetBoxClient client = client(nb)) {
            assertEndsQuickly(() -> client.list(DEVICES, NetBoxQuery.NONE), "empty page");
        }
    }

    @Test
    void anAnswerThatStreamsForeverEndsAtTheTimeout() {
        try (HostileHttpPeer nb = HostileHttpPeer.start((m, t, out) -> {
            HostileHttpPeer.chunkedHead(out, 200);
            HostileHttpPeer.chunk(out, "{\"count\":1,\"next\":null,\"results\":[");
            while (true) {
                HostileHttpPeer.chunk(out, ROW + ",");
                Thread.sleep(1);
            }
        }); HttpNetBoxClient client = client(nb, TIMEOUT, 1L << 30)) {
            assertEndsQuickly(() -> client.list(DEVICES, NetBoxQuery.NONE), "no complete answer within netbox.timeout");
        }
    }

    @Test
    void anAnswerLargerThanMaxResponseIsCutOff() {
        try (HostileHttpPeer nb = HostileHttpPeer.start((m, t, out) -> {
            HostileHttpPeer.chunkedHead(out, 200);
            HostileHttpPeer.chunk(out, "{\"count\":1,\"next\":null,\"results\":[");
            String rows = (ROW + ",").repeat(1000);
            while (true) {
                HostileHttpPeer.chunk(out, rows);
            }
        }); HttpNetBoxClient client = client(nb, Duration.ofSeconds(30), 1L << 20)) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> client.list(DEVICES, NetBoxQuery.NONE)).isInstanceOf(NetBoxException.class)
                    .hasMessageContaining("larger than 1 MiB").hasMessageContaining("netbox.max-response")
                    .hasMessageContaining(nb.url().toString());
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void aDeclaredTwoGigabyteAnswerIsRefusedBeforeReading() {
        try (HostileHttpPeer nb = HostileHttpPeer.start((m, t, out) -> HostileHttpPeer.declaring(out, 1L << 31));
             HttpNetBoxClient client = client(nb, Duration.ofSeconds(30), 256L << 20)) {
            long start = System.nanoTime();
            assertThatThrownBy(client::version).hasMessageContaining("declares 2 GiB");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        }
    }

    @Test
    void aPeerThatTricklesOneByteASecondEndsAtTheTimeout() {
        try (HostileHttpPeer nb = HostileHttpPeer.start((m, t, out) -> HostileHttpPeer.trickle(out,
                "{\"netbox-version\":\"4.6.0\"}", 1000)); HttpNetBoxClient client = client(nb)) {
            assertEndsQuickly(client::version, "no complete answer within netbox.timeout (2 s)");
        }
    }

    @Test
    void aNetBoxThatThrottlesForeverEndsWithinTheTimeout() {
        try (HostileHttpPeer nb = HostileHttpPeer.start((m, t, out) -> throttle(out, 1));
             HttpNetBoxClient client = HttpNetBoxClient.of(NetBoxConfigs.bounded(nb.url(), TIMEOUT, 1L << 20),
                     RetryPolicy.DEFAULT)) {
            assertEndsQuickly(client::version, "passes netbox.timeout");
        }
    }

    @Test
    void theStatusProbeIsOneShortTry() {
        try (HostileHttpPeer nb = HostileHttpPeer.start((m, t, out) -> Thread.sleep(60_000));
             HttpNetBoxClient client = HttpNetBoxClient.of(NetBoxConfigs.bounded(nb.url(), Duration.ofSeconds(30),
                     1L << 20), RetryPolicy.DEFAULT)) {
            long start = System.nanoTime();
            assertThatThrownBy(client::probe).isInstanceOf(NetBoxUnreachable.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
            assertThat(nb.requests()).hasSize(1);
        }
    }

    @Test
    void aListAnswerThatIsNotJsonIsSaidSoAndNotRetried() {
        try (HostileHttpPeer nb = HostileHttpPeer.start((m, t, out) -> HostileHttpPeer.json(out, 200,
                "<html>login page</html>")); HttpNetBoxClient client = client(nb)) {
            assertThatThrownBy(() -> client.list(DEVICES, NetBoxQuery.NONE)).hasMessageContaining("is not JSON")
                    .hasMessageContaining("netbox.url");
            assertThat(nb.requests()).hasSize(1);
        }
    }

    @Test
    void controlCharactersInAnErrorBodyNeverReachTheMessage() {
        String evil = "\u001b[2J\u001b]0;pwned\u0007\u009b31m\u202Eexe.txt";
        try (HostileHttpPeer nb = HostileHttpPeer.start((m, t, out) -> HostileHttpPeer.json(out, 500,
                "{\"error\":\"" + evil.replace("\u001b", "\\u001b").replace("\u0007", "\\u0007")
                        .replace("\u009b", "\\u009b") + "\"}")); HttpNetBoxClient client = client(nb)) {
            assertThatThrownBy(client::version).satisfies(e -> assertThat(e.getMessage())
                    .doesNotContain("\u001b", "\u0007", "\u009b", "\u202E")
                    .contains("\\x1B[2J", "\\u202E"));
        }
        try (HostileHttpPeer nb = HostileHttpPeer.start((m, t, out) -> {
            byte[] body = ("<html>" + evil + "x".repeat(100_000) + "</html>").getBytes(StandardCharsets.UTF_8);
            out.write(("HTTP/1.1 502 X\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
        }); HttpNetBoxClient client = HttpNetBoxClient.of(NetBoxConfigs.bounded(nb.url(), TIMEOUT, 1L << 20),
                new RetryPolicy(1, Duration.ZERO, Duration.ZERO))) {
            assertThatThrownBy(client::version).satisfies(e -> assertThat(e.getMessage())
                    .doesNotContain("\u001b").contains("more characters)").hasSizeLessThan(1000));
        }
    }

    private static void throttle(OutputStream out, int seconds) throws IOException {
        out.write(("HTTP/1.1 429 Too Many Requests\r\nRetry-After: " + seconds + "\r\nContent-Length: 2\r\n\r\n{}")
                .getBytes(StandardCharsets.ISO_8859_1));
    }

    private static HttpNetBoxClient client(HostileHttpPeer nb) {
        return client(nb, TIMEOUT, 1L << 20);
    }

    private static HttpNetBoxClient client(HostileHttpPeer nb, Duration timeout, long maxResponse) {
        return HttpNetBoxClient.of(NetBoxConfigs.bounded(nb.url(), timeout, maxResponse), NetBoxConfigs.FAST_RETRY);
    }

    private static void assertEndsQuickly(ThrowingCallable call, String why) {
        long start = System.nanoTime();
        assertThatThrownBy(call).isInstanceOf(NetBoxException.class).hasMessageContaining(why)
                .hasMessageContaining("127.0.0.1");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIMEOUT.plusSeconds(3));
    }
}
