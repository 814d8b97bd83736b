package org.netboxauto.discovery.kea;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import javax.net.ssl.SSLException;
import org.netboxauto.discovery.CollectorException;
import org.netboxauto.net.Readable;

/** Turns what went wrong with one Kea source into a message an admin can act on. */
final class KeaFailures {

    private final String prefix;
    private final String key;
    private final String endpoint;
    private final Duration timeout;

    KeaFailures(String sourceId, String key, String endpoint, Duration timeout) {
        this.prefix = sourceId + " (" + key + "): ";
        this.key = key;
        this.endpoint = endpoint;
        this.timeout = timeout;
    }

    CollectorException transport(String what, IOException e) {
        if (e instanceof SSLException) {
            return new CollectorException(prefix + "TLS with " + endpoint + " failed: " + root(e), e);
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return new CollectorException(prefix + "cannot connect to " + endpoint + " (" + root(e) + "); check "
                    + key + ".url and that kea-ctrl-agent listens there (http-host and http-port in its config)", e);
        }
        if (e instanceof UnknownHostException) {
            return new CollectorException(prefix + "cannot resolve the host of " + endpoint + "; check " + key
                    + ".url", e);
        }
        if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
            return new CollectorException(prefix + endpoint + " did not answer " + what + " within "
                    + Readable.duration(timeout) + "; check that the Control Agent is up, or raise " + key
                    + ".timeout", e);
        }
        return new CollectorException(prefix + endpoint + " closed the connection or sent a broken reply to " + what
                + " (" + root(e) + "); check " + key + ".url points at the Kea Control Agent", e);
    }

    CollectorException overDeadline(String what, IOException e) {
        return new CollectorException(prefix + endpoint + " gave no complete answer to " + what + " within "
                + Readable.duration(timeout) + " (it answered too slowly or without end); lower " + key
                + ".page-size or raise " + key + ".timeout", e);
    }

    CollectorException tooLarge(String what, IOException e) {
        return new CollectorException(prefix + endpoint + "'s answer to " + what + " was refused: " + e.getMessage()
                + "; lower " + key + ".page-size", e);
    }

    CollectorException refused(int status, boolean sentLogin) {
        return new CollectorException(prefix + endpoint + " refused the request (" + status + " Unauthorized); "
                + (sentLogin ? "check " + key + ".username and password against the Control Agent's"
                        + " authentication clients"
                        : "the Control Agent requires basic authentication: set " + key + ".username and password"));
    }

    CollectorException notKea(String what, int status, KeaAnswer.Malformed e) {
        return new CollectorException(prefix + "the answer of " + endpoint + " to " + what + " (HTTP " + status + ") "
                + e.getMessage() + "; check " + key + ".url is the Kea Control Agent, e.g. http://HOST:8000/", e);
    }

    CollectorException status(String what, int status, String text) {
        return new CollectorException(prefix + endpoint + " answered " + what + " with HTTP " + status + " ("
                + text + ")");
    }

    /** A command the daemon rejected; {@code hint} says what to do. */
    CollectorException answer(String what, KeaAnswer answer, String hint) {
        return new CollectorException(prefix + "Kea answered " + what + " with result " + answer.result() + " ("
                + answer.text() + "); " + hint);
    }

    private static String root(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String own = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return root == e || root.getMessage() == null || own.contains(root.getMessage()) ? own
                : own + ": " + root.getMessage();
    }
}
