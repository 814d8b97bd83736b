package org.netboxauto.discovery.routeros;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.netboxauto.discovery.CollectorException;
import org.netboxauto.discovery.routeros.ApiProtocolException.Kind;
import org.netboxauto.net.Readable;
import org.netboxauto.net.TlsFailureText;

/** Turns what the network threw into a sentence an admin can act on. */
final class NetworkFailures {

    private NetworkFailures() {
    }

    static CollectorException explain(IOException e, RouterOsTarget target, Duration timeout, String service) {
        String key = target.configKey();
        return switch (e) {
            case ConnectException c -> target.fail("connection refused — check that the " + service
                    + " service is enabled on the router (/ip service) and " + key + ".host / port", e);
            case NoRouteToHostException n -> target.fail("host unreachable — check " + key + ".host and the route"
                    + " to it", e);
            case UnknownHostException u -> target.fail("cannot resolve the host name — check " + key + ".host", e);
            case SocketTimeoutException t -> target.fail("no answer within " + seconds(timeout) + " — the router"
                    + " is down or stalled; check it, or raise " + key + ".timeout", e);
            case SSLHandshakeException h -> target.fail("TLS not trusted: " + TlsFailureText.of(h) + hostnameHint(h, key), e);
            case SSLException s -> target.fail("TLS failed: " + TlsFailureText.of(s) + " — check that " + target.address()
                    + " is the router's " + service + " port", e);
            case ApiProtocolException p -> target.fail(protocol(p, key, service), e);
            case ConnectionClosedException c -> target.fail(protocol(new ApiProtocolException(
                    Kind.CUT, "the connection was closed in the middle of a reply"), key, service), e);
            default -> target.fail("connection failed: " + e.getMessage(), e);
        };
    }

    private static String protocol(ApiProtocolException p, String key, String service) {
        return p.getMessage() + switch (p.kind()) {
            case NOT_ROUTEROS, MALFORMED -> " — check that " + key + ".port is the router's " + service + " port";
            case CUT -> " — the router dropped the session (restart, reboot or session limit); check its log and run"
                    + " again";
            case TOO_BIG -> " — the router holds a value far larger than any host row; check its tables for it";
        };
    }

    private static String hostnameHint(SSLHandshakeException e, String key) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("No subject alternative") || message.contains("No name matching")) {
            return " — the certificate does not name " + key + ".host; pin it with " + key
                    + ".tls.fingerprint-sha256 instead of a CA file";
        }
        return "";
    }

    static String seconds(Duration timeout) {
        return Readable.duration(timeout);
    }
}
