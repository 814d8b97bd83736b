package org.netboxauto.net;

import java.security.cert.CertificateException;

/** A peer's certificate was refused; carries the certificate so that a face can offer to trust it. */
public final class UntrustedCertificateException extends CertificateException {

    private static final long serialVersionUID = 1L;

    private final transient CertificateSummary certificate;

    UntrustedCertificateException(String message, CertificateSummary certificate) {
        super(message);
        this.certificate = certificate;
    }

    public CertificateSummary certificate() {
        return certificate;
    }
}
