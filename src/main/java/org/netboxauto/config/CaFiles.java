package org.netboxauto.config;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;

/** Checks a {@code tls.ca-file} when the config is read, so that a file that is no CA fails at {@code config check}. */
final class CaFiles {

    /** A CA bundle larger than this is not one (the system bundle is about 200 KiB). */
    static final int MAX_BYTES = 4 << 20;

    private CaFiles() {
    }

    static java.util.Optional<String> problem(Path file) {
        byte[] bytes;
        try {
            bytes = SmallFiles.read(file, MAX_BYTES);
        } catch (SmallFiles.Refused e) {
            return java.util.Optional.of(e.getMessage() + "; expected a PEM file of the CA");
        } catch (IOException e) {
            return java.util.Optional.of("cannot read " + file + "; expected a PEM file of the CA");
        }
        try {
            if (CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(bytes))
                    .isEmpty()) {
                return java.util.Optional.of(file + " holds no certificate; expected a PEM file of the CA");
            }
        } catch (CertificateException | RuntimeException e) {
            return java.util.Optional.of(file + " is not a PEM or DER certificate file; expected the CA's"
                    + " certificate, e.g. the output of: openssl s_client -showcerts");
        }
        return java.util.Optional.empty();
    }
}
