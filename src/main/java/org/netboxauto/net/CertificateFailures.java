package org.netboxauto.net;

import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Instant;

/** Why the system's checks refused a certificate, in words instead of the JDK's class names. */
final class CertificateFailures {

    private CertificateFailures() {
    }

    static String reason(CertificateException e, X509Certificate[] chain) {
        Instant now = Instant.now();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CertificateExpiredException || t instanceof CertificateNotYetValidException) {
                return validity(chain, now);
            }
            if (t instanceof CertPathValidatorException v && v.getReason()
                    == CertPathValidatorException.BasicReason.EXPIRED) {
                return validity(chain, now);
            }
        }
        if (chain != null && chain.length > 0) {
            CertificateSummary leaf = CertificateSummary.of(chain[0]);
            if (!leaf.validAt(now)) {
                return validity(chain, now);
            }
            if (leaf.selfSigned()) {
                return "it is self-signed, and no CA this computer trusts vouches for it";
            }
            return "it is issued by " + leaf.issuer() + ", a CA this computer does not trust";
        }
        return "the peer sent no certificate";
    }

    private static String validity(X509Certificate[] chain, Instant now) {
        if (chain == null || chain.length == 0) {
            return "it is outside its validity period";
        }
        CertificateSummary leaf = CertificateSummary.of(chain[0]);
        return now.isBefore(leaf.notBefore()) ? "it is not valid before " + org.netboxauto.core.TimeText.text(leaf.notBefore())
                : "it expired on " + org.netboxauto.core.TimeText.text(leaf.notAfter());
    }
}
