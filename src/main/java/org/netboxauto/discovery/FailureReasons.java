package org.netboxauto.discovery;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;

/** A sentence for a failure a collector did not explain itself. */
final class FailureReasons {

    private FailureReasons() {
    }

    static String describe(Throwable failure, Collector collector) {
        if (failure instanceof CollectorException e) {
            return e.getMessage();
        }
        String key = collector.configKey();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return "the host name " + t.getMessage() + " does not resolve; check " + key;
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
                return "cannot connect (" + t.getMessage() + "); check the address and port in " + key
                        + " and that the service is enabled";
            }
            if (t instanceof SocketTimeoutException) {
                return "no answer in time (" + t.getMessage() + "); raise " + key + ".timeout if the peer is slow";
            }
            if (t instanceof SSLException s) {
                return "TLS failed: " + org.netboxauto.net.TlsFailureText.of(s);
            }
            if (t instanceof EOFException) {
                return "the peer closed the connection in the middle of a reply";
            }
        }
        return "unexpected error" + (failure.getMessage() == null ? "" : ": "
                + org.netboxauto.net.TlsFailureText.withoutClassNames(failure.getMessage()))
                + "; details are in the log file";
    }
}
