package org.netboxauto.discovery.kea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netboxauto.config.KeaSource;
import org.netboxauto.config.Secret;
import org.netboxauto.config.TlsConfig;
import org.netboxauto.discovery.CollectorException;
import org.netboxauto.testsupport.ChildProcesses;
import org.netboxauto.testsupport.KeaServer;
import org.netboxauto.testsupport.RecordingContext;

/** The real Control Agent on https with a self-signed certificate: refused by default, trusted when pinned or by CA file. */
class KeaTlsTest {

    private static KeaServer kea;

    @BeforeAll
    static void start() throws Exception {
        kea = KeaServer.start(KeaServer.Options.offline("10.236.1.0/24", null).withTls());
    }

    @AfterAll
    static void stop() throws Exception {
        if (kea != null) {
            kea.close();
        }
    }

    private static KeaSource source(TlsConfig tls) {
        return new KeaSource("tls", kea.url(), Optional.of(KeaServer.USER), Optional.of(new Secret(kea.password())),
                tls, List.of(KeaSource.Service.DHCP4), true, List.of(), true, 1000, Duration.ofSeconds(20));
    }

    private static String fingerprint() throws Exception {
        String out = ChildProcesses.run(List.of("openssl", "x509", "-noout", "-fingerprint", "-sha256", "-in",
                kea.certificate().toString()));
        return out.substring(out.indexOf('=') + 1).strip();
    }

    @Test
    void anUnknownCertificateIsRefusedWithItsFingerprint() throws Exception {
        String pin = fingerprint();
        assertThatThrownBy(() -> new KeaCollector(source(TlsConfig.SYSTEM), "sources.kea[0]")
                .collect(new RecordingContext(Instant.now())))
                .isInstanceOf(CollectorException.class)
                .hasMessageContaining("kea:tls (sources.kea[0]): TLS with 127.0.0.1:" + kea.url().getPort() + " failed")
                .hasMessageContaining(pin);
    }

    @Test
    void aPinnedOrCaFileCertificateIsTrusted() throws Exception {
        for (TlsConfig tls : List.of(new TlsConfig(Optional.empty(), Optional.of(fingerprint().replace(":", ""))),
                new TlsConfig(Optional.of(Path.of(kea.certificate().toString())), Optional.empty()))) {
            assertThat(new KeaCollector(source(tls), "sources.kea[0]").collect(new RecordingContext(Instant.now())))
                    .extracting(o -> o.mac().toString()).containsExactly(KeaServer.RESERVED_MAC);
        }
    }
}
