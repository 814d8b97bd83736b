package org.netboxauto.net;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.X509TrustManager;

/** The standard checks, with a failure that says which certificate failed, why in words, and how to trust it. */
final class ExplainingTrustManager implements X509TrustManager {

    private final X509TrustManager delegate;
    private final String hint;

    ExplainingTrustManager(X509TrustManager delegate, String hint) {
        this.delegate = delegate;
        this.hint = hint;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        try {
            delegate.checkServerTrusted(chain, authType);
        } catch (CertificateException e) {
            if (chain == null || chain.length == 0) {
                throw new CertificateException("the peer sent no certificate", e);
            }
            CertificateSummary leaf = CertificateSummary.of(chain[0]);
            UntrustedCertificateException refused = new UntrustedCertificateException("the peer's certificate ("
                    + leaf.subject() + ") is not trusted: " + CertificateFailures.reason(e, chain)
                    + ". Its SHA-256 fingerprint is " + leaf.sha256() + "; to trust it set " + hint, leaf);
            refused.initCause(e);
            throw refused;
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        delegate.checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return delegate.getAcceptedIssuers();
    }
}
