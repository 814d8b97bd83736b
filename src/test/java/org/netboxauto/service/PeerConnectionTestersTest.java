package org.netboxauto.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.Secret;
import org.netboxauto.discovery.proxmox.peer.PeerFixture;
import org.netboxauto.discovery.proxmox.peer.ProxmoxPeer;
import org.netboxauto.netbox.fake.FakeNetBox;
import org.netboxauto.netbox.fake.NetBoxMode;
import org.netboxauto.testsupport.TestCertificates;

/** The setup form's NetBox and Proxmox connection tests against the NetBox fake and the Proxmox peer. */
class PeerConnectionTestersTest {

    private static final String PVE_SECRET = "2d0f3c1e-8a5b-4e0e-9f61-3b1f7c9a0d42";

    @TempDir
    Path temp;

    @Test
    void netboxAnswersWithItsVersionOrRefusesABadToken() {
        try (FakeNetBox netbox = FakeNetBox.start(NetBoxMode.V4_6)) {
            NetBoxConnectionTester tester = new NetBoxConnectionTester();
            ConnectionCheck ok = tester.test(new SetupDraft.NetBox(netbox.url().toString(),
                    new Secret(FakeNetBox.V1_TOKEN)), 0);
            assertThat(ok).isEqualTo(ConnectionCheck.ok("Connected: NetBox 4.6.0"));

            ConnectionCheck refused = tester.test(new SetupDraft.NetBox(netbox.url().toString(),
                    new Secret("0000000000000000000000000000000000000000")), 0);
            assertThat(refused.toString()).contains("netbox.token").doesNotContain("0000000000000000");
        }
    }

    @Test
    void proxmoxAnswersWithItsVersionOrNamesTheCertificateToPin() throws Exception {
        TestCertificates cert = TestCertificates.selfSigned(temp, "pve");
        try (ProxmoxPeer pve = new ProxmoxPeer(PeerFixture.labCluster(), cert, false)
                .token("collector@pve!inventory", PVE_SECRET, ProxmoxPeer.AUDITOR)) {
            ProxmoxConnectionTester tester = new ProxmoxConnectionTester();
            ConnectionCheck ok = tester.test(new SetupDraft.Proxmox("pve", pve.url().toString(),
                    "collector@pve!inventory", new Secret(PVE_SECRET), pve.fingerprint()), 0);
            assertThat(ok.toString()).contains("Connected: Proxmox VE");

            ConnectionCheck untrusted = tester.test(new SetupDraft.Proxmox("pve", pve.url().toString(),
                    "collector@pve!inventory", new Secret(PVE_SECRET), ""), 0);
            assertThat(untrusted.toString()).contains(cert.fingerprintSha256())
                    .contains("sources.proxmox[0].tls.fingerprint-sha256").doesNotContain(PVE_SECRET);
            assertThat(untrusted.untrusted()).map(c -> c.sha256()).contains(cert.fingerprintSha256());
            assertThat(untrusted.message()).doesNotContain("sun.security").doesNotContain("Exception");
        }
    }

    @Test
    void anUnknownNetBoxCertificateIsShownInWordsThenTrustedByItsPinOrCaFile() throws Exception {
        TestCertificates cert = TestCertificates.selfSigned(temp, "netbox");
        try (FakeNetBox netbox = FakeNetBox.start(NetBoxMode.V4_6, cert.serverContext())) {
            NetBoxConnectionTester tester = new NetBoxConnectionTester();
            String url = netbox.url().toString();
            Secret token = new Secret(FakeNetBox.V1_TOKEN);

            ConnectionCheck refused = tester.test(new SetupDraft.NetBox(url, token), 0);
            assertThat(refused.ok()).isFalse();
            assertThat(refused.message()).contains("self-signed").contains("netbox.tls.fingerprint-sha256")
                    .doesNotContain("sun.security").doesNotContain("PKIX").doesNotContain("Exception");
            assertThat(refused.untrusted()).hasValueSatisfying(c -> {
                assertThat(c.sha256()).isEqualTo(cert.fingerprintSha256());
                assertThat(c.subject()).isEqualTo("CN=localhost");
                assertThat(c.selfSigned()).isTrue();
            });

            String pin = refused.untrusted().orElseThrow().sha256();
            assertThat(tester.test(new SetupDraft.NetBox(url, token, "", pin), 0))
                    .isEqualTo(ConnectionCheck.ok("Connected: NetBox 4.6.0"));
            Path ca = cert.writePem(temp.resolve("netbox-ca.pem"));
            assertThat(tester.test(new SetupDraft.NetBox(url.replace("127.0.0.1", "localhost"), token, ca.toString(),
                    ""), 0)).isEqualTo(ConnectionCheck.ok("Connected: NetBox 4.6.0"));

            TestCertificates other = TestCertificates.selfSigned(temp.resolve("other"), "other");
            ConnectionCheck replaced = tester.test(new SetupDraft.NetBox(url, token, "", other.fingerprintSha256()), 0);
            assertThat(replaced.message()).contains("not the one pinned");
            assertThat(replaced.untrusted()).map(c -> c.sha256()).contains(cert.fingerprintSha256());
        }
    }
}
