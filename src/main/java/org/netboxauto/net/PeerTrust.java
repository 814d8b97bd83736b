package org.netboxauto.net;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.netboxauto.config.TlsConfig;

/**
 * How one peer's certificate is trusted, from its {@code tls} config section: the system's CAs, a
 * CA file, or a pinned SHA-256 fingerprint of the peer's own certificate.
 *
 * <p>Verification is never switched off. A failed check names the certificate's fingerprint, so the
 * admin can pin a self-signed peer after checking it out of band.
 *
 * @param checkHostname false only when pinned: the pin identifies the peer better than its name
 */
public record PeerTrust(SSLContext sslContext, boolean checkHostname, String description) {

    /** @throws IllegalArgumentException naming the key when the CA file cannot be used */
    public static PeerTrust of(TlsConfig tls, String keyPrefix) {
        try {
            if (tls.fingerprintSha256().isPresent()) {
                String pin = tls.fingerprintSha256().get();
                return new PeerTrust(context(new PinnedTrustManager(pin, keyPrefix)), false,
                        "pinned certificate " + Fingerprints.colons(pin));
            }
            Optional<KeyStore> anchors = tls.caFile().isPresent() ? Optional.of(caStore(tls, keyPrefix))
                    : Optional.empty();
            X509TrustManager system = standard(anchors.orElse(null));
            String hint = anchors.isPresent() ? keyPrefix + "tls.ca-file" : keyPrefix + "tls.ca-file or " + keyPrefix
                    + "tls.fingerprint-sha256";
            return new PeerTrust(context(new ExplainingTrustManager(system, hint)), true,
                    anchors.isPresent() ? "CA file " + tls.caFile().get() : "system CAs");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The TLS setup of this Java runtime is broken: " + e.getMessage(), e);
        }
    }

    private static KeyStore caStore(TlsConfig tls, String keyPrefix) throws GeneralSecurityException {
        var file = tls.caFile().orElseThrow();
        Collection<? extends Certificate> certificates;
        try (InputStream in = Files.newInputStream(file)) {
            certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException(keyPrefix + "tls.ca-file: cannot read a certificate from " + file
                    + " (" + e.getMessage() + "); expected a PEM file with the CA's certificate", e);
        }
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException(keyPrefix + "tls.ca-file: " + file
                    + " holds no certificate; expected a PEM file with the CA's certificate");
        }
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        try {
            store.load(null, null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        int i = 0;
        for (Certificate c : certificates) {
            store.setCertificateEntry("ca-" + i++, c);
        }
        return store;
    }

    private static X509TrustManager standard(KeyStore anchors) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(anchors);
        for (TrustManager m : factory.getTrustManagers()) {
            if (m instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("no X.509 trust manager");
    }

    private static SSLContext context(TrustManager manager) throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {manager}, null);
        return context;
    }

    /** Turns on host name checks (unless pinned) for a TLS socket opened by hand. */
    public void applyTo(SSLSocket socket) {
        if (checkHostname) {
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            socket.setSSLParameters(parameters);
        }
    }

    static String leafFingerprint(X509Certificate[] chain) {
        return chain == null || chain.length == 0 ? "(none sent)" : Fingerprints.sha256(chain[0]);
    }
}
