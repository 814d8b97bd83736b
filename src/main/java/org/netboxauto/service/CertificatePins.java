package org.netboxauto.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.netboxauto.net.CertificateSummary;

/**
 * Pins NetBox's certificate in the config file by appending one key: the file keeps its comments and
 * layout, and HOCON lets the later {@code netbox.tls.fingerprint-sha256} win over an earlier one.
 */
public final class CertificatePins {

    private CertificatePins() {
    }

    /** @throws IOException when the file cannot be written; the message names it */
    public static void pinNetBox(Path configFile, CertificateSummary certificate) throws IOException {
        String fingerprint = certificate.sha256();
        if (!fingerprint.matches("[0-9A-F:]{64,95}")) {
            throw new IllegalArgumentException("not a SHA-256 fingerprint: " + fingerprint);
        }
        String text = "\n# NetBox's certificate (" + certificate.subject().replace('\n', ' ') + "), trusted in the desktop"
                + " app on " + Instant.now() + "\nnetbox.tls.fingerprint-sha256 = \"" + fingerprint + "\"\n";
        Files.writeString(configFile, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
