package org.netboxauto.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.TlsConfig;
import org.netboxauto.testsupport.TestCertificates;

/** A real TLS handshake against a self-signed server, trusted each way a config allows. */
class PeerTrustTest {

    @TempDir
    Path temp;

    @Test
    void systemTrustRefusesASelfSignedPeerAndNamesItsFingerprint() throws Exception {
        TestCertificates cert = TestCertificates.selfSigned(temp, "peer");
        assertThatThrownBy(() -> handshake(cert, PeerTrust.of(TlsConfig.SYSTEM, "sources.proxmox[0].")))
                .isInstanceOf(SSLHandshakeException.class)
                .hasMessageContaining(cert.fingerprintSha256())
                .hasMessageContaining("sources.proxmox[0].tls.fingerprint-sha256");
    }

    @Test
    void aPinnedFingerprintIsTrustedWithAnyName() throws Exception {
        TestCertificates cert = TestCertificates.forOtherHost(temp, "peer");
        PeerTrust trust = PeerTrust.of(new TlsConfig(Optional.empty(), Optional.of(cert.fingerprintSha256())), "x.");
        assertThat(handshake(cert, trust)).isEqualTo(42);
        assertThat(trust.checkHostname()).isFalse();
    }

    @Test
    void anotherCertificateThanThePinnedOneIsRefused() throws Exception {
        TestCertificates pinned = TestCertificates.selfSigned(temp.resolve("a"), "pinned");
        TestCertificates presented = TestCertificates.selfSigned(temp.resolve("b"), "other");
        PeerTrust trust = PeerTrust.of(new TlsConfig(Optional.empty(), Optional.of(pinned.fingerprintSha256())), "n.");
        assertThatThrownBy(() -> handshake(presented, trust))
                .isInstanceOf(SSLHandshakeException.class)
                .hasMessageContaining(presented.fingerprintSha256())
                .hasMessageContaining("n.tls.fingerprint-sha256");
    }

    @Test
    void aCaFileIsTrustedAndTheHostNameChecked() throws Exception {
        TestCertificates cert = TestCertificates.selfSigned(temp, "peer");
        Path ca = cert.writePem(temp.resolve("ca.pem"));
        assertThat(handshake(cert, PeerTrust.of(new TlsConfig(Optional.of(ca), Optional.empty()), "x."))).isEqualTo(42);

        TestCertificates other = TestCertificates.forOtherHost(temp.resolve("o"), "other");
        Path otherCa = other.writePem(temp.resolve("other.pem"));
        assertThatThrownBy(() -> handshake(other, PeerTrust.of(new TlsConfig(Optional.of(otherCa), Optional.empty()), "x.")))
                .isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void anUnreadableCaFileNamesTheKey() throws Exception {
        Path garbage = Files.writeString(temp.resolve("ca.pem"), "not a certificate");
        assertThatThrownBy(() -> PeerTrust.of(new TlsConfig(Optional.of(garbage), Optional.empty()), "netbox."))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("netbox.tls.ca-file");
    }

    private static int handshake(TestCertificates cert, PeerTrust trust) throws IOException {
        try (SSLServerSocket server = (SSLServerSocket) cert.serverContext().getServerSocketFactory()
                .createServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Thread serving = Thread.ofVirtual().start(() -> {
                try (var s = server.accept(); OutputStream out = s.getOutputStream()) {
                    out.write(42);
                } catch (IOException ignored) {
                    // the client refused the certificate
                }
            });
            try (SSLSocket socket = (SSLSocket) trust.sslContext().getSocketFactory()
                    .createSocket("localhost", server.getLocalPort())) {
                trust.applyTo(socket);
                InputStream in = socket.getInputStream();
                return in.read();
            } finally {
                serving.interrupt();
            }
        }
    }
}
