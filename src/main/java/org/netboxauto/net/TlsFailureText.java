package org.netboxauto.net;

import javax.net.ssl.SSLException;

/** What a failed TLS handshake means, without the JDK's alert codes and class names. */
public final class TlsFailureText {

    private TlsFailureText() {
    }

    /** The refused certificate's explanation when there is one, else the handshake's own words, cleaned. */
    public static String of(SSLException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UntrustedCertificateException u) {
                return u.getMessage();
            }
        }
        return withoutClassNames(String.valueOf(e.getMessage()).replaceFirst("^\\([a-z_]+\\) ", ""));
    }

    /** Drops {@code sun.security.x.SomeException: } prefixes that the JDK nests into its messages. */
    public static String withoutClassNames(String message) {
        return message.replaceAll("(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)(?::\\s*)?", "")
                .replaceAll("\\s{2,}", " ").strip();
    }
}
