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
        String presented = PeerTrust.leafFingerprint(chain);
        if (!Fingerprints.plain(presented).equals(pin)) {
            throw new CertificateException("the peer's certificate has SHA-256 fingerprint " + presented
                    + ", not the one pinned in " + keyPrefix + "tls.fingerprint-sha256 (" + Fingerprints.colons(pin)
                    + "). If the certificate was replaced on purpose, check the new one and pin it");
        }
        chain[0].checkValidity();
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
