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
        }
    }
}
