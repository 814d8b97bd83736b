package org.netboxauto.net;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

/** SHA-256 certificate fingerprints as {@code openssl x509 -fingerprint -sha256} prints them. */
public final class Fingerprints {

    private Fingerprints() {
    }

    /** Upper-case hex with colons. */
    public static String sha256(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String colons(String hex) {
        String plain = hex.replace(":", "");
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(HexFormat.of().parseHex(plain));
    }

    static String plain(String hex) {
        return hex.replace(":", "").toUpperCase(java.util.Locale.ROOT);
    }
}
