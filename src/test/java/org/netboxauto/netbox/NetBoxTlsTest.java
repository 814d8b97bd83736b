package org.netboxauto.netbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.TlsConfig;
import org.netboxauto.netbox.fake.FakeNetBox;
import org.netboxauto.netbox.fake.NetBoxMode;
import org.netboxauto.testsupport.TestCertificates;

/** A self-signed NetBox over real TLS: refused by default, trusted by pin or CA file. */
class NetBoxTlsTest {

    @TempDir
    Path dir;

    @Test
    void anUnknownCertificateIsRefusedNamingItsFingerprintAndTheKeys() {
        TestCertificates cert = TestCertificates.selfSigned(dir, "netbox");
        try (FakeNetBox nb = FakeNetBox.start(NetBoxMode.V4_6, cert.serverContext());
             HttpNetBoxClient client = client(nb, TlsConfig.SYSTEM)) {
            assertThatThrownBy(client::version).isInstanceOf(NetBoxUnreachable.class)
                    .hasMessageContaining(cert.fingerprintSha256())
                    .hasMessageContaining("netbox.tls.fingerprint-sha256");
            assertThat(nb.requests()).isEmpty();
        }
    }

    @Test
    void aPinnedFingerprintIsTrusted() {
        TestCertificates cert = TestCertificates.selfSigned(dir, "netbox");
        try (FakeNetBox nb = FakeNetBox.start(NetBoxMode.V4_6, cert.serverContext());
             HttpNetBoxClient client = client(nb, new TlsConfig(Optional.empty(),
                     Optional.of(cert.fingerprintSha256().replace(":", ""))))) {
            assertThat(client.version().minor()).isEqualTo(6);
        }
    }

    @Test
    void aCaFileIsTrustedAndTheHostNameChecked() {
        TestCertificates cert = TestCertificates.selfSigned(dir, "netbox");
        Path pem = cert.writePem(dir.resolve("ca.pem"));
        try (FakeNetBox nb = FakeNetBox.start(NetBoxMode.V4_6, cert.serverContext());
             HttpNetBoxClient client = client(nb, new TlsConfig(Optional.of(pem), Optional.empty()))) {
            assertThat(client.version().minor()).isEqualTo(6);
        }
        TestCertificates other = TestCertificates.forOtherHost(dir, "other");
        Path otherPem = other.writePem(dir.resolve("other.pem"));
        try (FakeNetBox nb = FakeNetBox.start(NetBoxMode.V4_6, other.serverContext());
             HttpNetBoxClient client = client(nb, new TlsConfig(Optional.of(otherPem), Optional.empty()))) {
            assertThatThrownBy(client::version).isInstanceOf(NetBoxUnreachable.class);
        }
    }

    private static HttpNetBoxClient client(FakeNetBox nb, TlsConfig tls) {
        return HttpNetBoxClient.of(NetBoxConfigs.of(nb.url(), FakeNetBox.V1_TOKEN, tls, 100, null),
                NetBoxConfigs.FAST_RETRY);
    }
}
