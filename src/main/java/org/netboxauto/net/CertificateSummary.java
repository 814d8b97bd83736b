package org.netboxauto.net;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;

/**
 * Who a peer's certificate says it is, shown to the admin before trusting it.
 *
 * @param sha256 upper-case hex with colons, as {@code openssl x509 -fingerprint -sha256} prints it
 */
public record CertificateSummary(String subject, String issuer, Instant notBefore, Instant notAfter, String sha256) {

    public static CertificateSummary of(X509Certificate certificate) {
        return new CertificateSummary(certificate.getSubjectX500Principal().getName(),
                certificate.getIssuerX500Principal().getName(), certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(), Fingerprints.sha256(certificate));
    }

    /** The certificate a failure refused, when the failure (or one of its causes) was an untrusted certificate. */
    public static Optional<CertificateSummary> refusedIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UntrustedCertificateException u) {
                return Optional.of(u.certificate());
            }
        }
        return Optional.empty();
    }

    public boolean selfSigned() {
        return subject.equals(issuer);
    }

    /** Whether {@code at} lies within the validity period. */
    public boolean validAt(Instant at) {
        return !at.isBefore(notBefore) && !at.isAfter(notAfter);
    }
}
