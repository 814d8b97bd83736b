package org.netboxauto.net;

import static org.assertj.core.api.Assertions.assertThat;

import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** What a failed handshake says reads as words: no alert codes, no Java class names. */
class TlsFailureTextTest {

    @Test
    void theJdksClassNamesAndAlertCodesAreDropped() {
        String jdk = "(certificate_unknown) PKIX path building failed: "
                + "sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification"
                + " path to requested target";
        String text = TlsFailureText.of(new SSLHandshakeException(jdk));
        assertThat(text).isEqualTo("PKIX path building failed: unable to find valid certification path to requested"
                + " target");
        assertThat(TlsFailureText.withoutClassNames("java.io.EOFException: SSL peer shut down incorrectly"))
                .isEqualTo("SSL peer shut down incorrectly");
        assertThat(TlsFailureText.withoutClassNames("Received fatal alert: handshake_failure"))
                .isEqualTo("Received fatal alert: handshake_failure");
    }
}
