package org.netboxauto.net;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.X509TrustManager;

/** Trusts exactly the certificate whose SHA-256 fingerprint was pinned, and nothing else. */
final class PinnedTrustManager implements X509TrustManager {

    private final String pin;
    private final String keyPrefix;

    PinnedTrustManager(String pin, String keyPrefix) {
        this.pin = Fingerprints.plain(pin);
        this.keyPrefix = keyPrefix;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("the peer sent no certificate");
        }
        CertificateSummary leaf = CertificateSummary.of(chain[0]);
        if (!Fingerprints.plain(leaf.sha256()).equals(pin)) {
            throw new UntrustedCertificateException("the peer's certificate has SHA-256 fingerprint " + leaf.sha256()
                    + ", not the one pinned in " + keyPrefix + "tls.fingerprint-sha256 (" + Fingerprints.colons(pin)
                    + "). If the certificate was replaced on purpose, check the new one and pin it", leaf);
        }
        if (!leaf.validAt(java.time.Instant.now())) {
            throw new UntrustedCertificateException("the pinned certificate (" + leaf.subject() + ") "
                    + CertificateFailures.reason(new CertificateException(), chain) + "; renew it on the peer and pin"
                    + " the new one in " + keyPrefix + "tls.fingerprint-sha256", leaf);
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("client certificates are not accepted");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
