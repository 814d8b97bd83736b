package org.netboxauto.service;

import java.util.Optional;
import org.netboxauto.net.CertificateSummary;

/**
 * The outcome of a connection test, in words for the admin: the peer's version, or what failed.
 *
 * @param untrusted the certificate the peer presented, when the test failed because it is not trusted
 */
public record ConnectionCheck(boolean ok, String message, Optional<CertificateSummary> untrusted) {

    public static ConnectionCheck ok(String message) {
        return new ConnectionCheck(true, message, Optional.empty());
    }

    public static ConnectionCheck failed(String message) {
        return new ConnectionCheck(false, message, Optional.empty());
    }

    /** A failure; when {@code cause} refused a certificate, the check carries it so that it can be trusted. */
    public static ConnectionCheck failed(String message, Throwable cause) {
        return new ConnectionCheck(false, message, CertificateSummary.refusedIn(cause));
    }
}
