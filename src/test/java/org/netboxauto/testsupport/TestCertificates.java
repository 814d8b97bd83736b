package org.netboxauto.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.netboxauto.net.Fingerprints;

/**
 * A self-signed server certificate for the test peers (CN=localhost, SAN localhost and 127.0.0.1),
 * made by the JDK's own keytool, the way an admin's appliance makes one.
 */
public final class TestCertificates {

    private static final char[] PASSWORD = "changeit".toCharArray();

    private final Path keyStoreFile;
    private final X509Certificate certificate;

    private TestCertificates(Path keyStoreFile, X509Certificate certificate) {
        this.keyStoreFile = keyStoreFile;
        this.certificate = certificate;
    }

    /** A new key pair and self-signed certificate in {@code dir}. */
    public static TestCertificates selfSigned(Path dir, String alias) {
        return generate(dir, alias, "CN=localhost", "SAN=dns:localhost,ip:127.0.0.1");
    }

    /** A certificate whose names do not include localhost or 127.0.0.1. */
    public static TestCertificates forOtherHost(Path dir, String alias) {
        return generate(dir, alias, "CN=elsewhere.example", "SAN=dns:elsewhere.example");
    }

    private static TestCertificates generate(Path dir, String alias, String dname, String san) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(alias + ".p12");
            Files.deleteIfExists(file);
            Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
            Process p = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", alias,
                    "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "3650", "-dname", dname,
                    "-ext", san, "-storetype", "PKCS12", "-keystore", file.toString(),
                    "-storepass", new String(PASSWORD)))
                    .redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
            KeyStore store = load(file);
            return new TestCertificates(file, (X509Certificate) store.getCertificate(alias));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static KeyStore load(Path file) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD);
        }
        return store;
    }

    /** For a test server: presents this certificate. */
    public SSLContext serverContext() {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(load(keyStoreFile), PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** {@code AB:CD:…}, as openssl prints it. */
    public String fingerprintSha256() {
        return Fingerprints.sha256(certificate);
    }

    /** Writes the certificate as PEM (usable as a tls.ca-file, since it signed itself). */
    public Path writePem(Path file) {
        try {
            String pem = "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
            Files.writeString(file, pem);
            return file;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
