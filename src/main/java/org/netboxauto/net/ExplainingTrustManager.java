package org.netboxauto.net;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.X509TrustManager;

/** The standard checks, with a failure that says which certificate failed and how to trust it. */
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
            String subject = chain == null || chain.length == 0 ? "" : " (" + chain[0].getSubjectX500Principal() + ")";
            throw new CertificateException("the peer's certificate" + subject + " is not trusted: "
                    + e.getMessage() + ". Its SHA-256 fingerprint is " + PeerTrust.leafFingerprint(chain)
                    + "; to trust it set " + hint, e);
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
