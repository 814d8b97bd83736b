package org.netboxauto.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.core.dns.DnsChangeKind;
import org.netboxauto.core.push.ActionOutcome;
import org.netboxauto.netbox.fake.FakeSeed;
import org.netboxauto.netbox.fake.NetBoxMode;
import org.netboxauto.service.JournalEntry;
import org.netboxauto.service.PushPreview;
import org.netboxauto.service.PushReport;
import org.netboxauto.testsupport.Peers;
import org.netboxauto.testsupport.SshServer;
import org.netboxauto.testsupport.UnboundServer;

/** A push writes NetBox, then Unbound over a real sshd: the records appear in its answers and are journaled. */
class PushDnsTest {

    @TempDir
    Path dir;

    @Test
    void thePushPreviewsAppliesAndJournalsTheDnsRecordsAfterNetBox() throws Exception {
        Peers.require(java.nio.file.Files.isExecutable(SshServer.SSHD), "OpenSSH sshd", "apt-get install openssh-server unbound");
        try (SshServer ssh = SshServer.start(); UnboundServer unbound = UnboundServer.start();
             PushLab lab = new PushLab(NetBoxMode.V4_6, dir, PushLab.DEFAULTS + """
                     dns.unbound {
                       enabled = true, ssh-host = "127.0.0.1", ssh-port = %d, ssh-user = "%s", key-file = "%s",
                       known-hosts = "%s", include-file = "%s", zone = "lan.example.com",
                       reverse-zones = ["0.0.10.in-addr.arpa"], unbound-control = "%s", unbound-checkconf = "%s"
                     }
                     """.formatted(ssh.port(), ssh.user(), ssh.clientKey(), ssh.knownHosts(), unbound.includeFile(),
                     unbound.control(), unbound.checkconf()))) {
            FakeSeed.small(lab.nb);
            lab.approved(PushServiceTest.hosts());

            PushPreview preview = lab.preview();
            assertThat(preview.dnsError()).isEmpty();
            assertThat(preview.dnsChanges()).extracting(l -> l.change().line())
                    .contains("+ A laptop-7.lan.example.com 10.0.0.77",
                            "+ PTR 77.0.0.10.in-addr.arpa laptop-7.lan.example.com");
            assertThat(preview.dnsChanges()).allMatch(l -> l.change().kind() == DnsChangeKind.ADD);
            PushReport report = lab.apply(preview);

            assertThat(report.dnsOutcomes()).hasSize(preview.dnsChanges().size())
                    .allMatch(o -> o.state() == ActionOutcome.State.OK);
            assertThat(unbound.dig("laptop-7.lan.example.com", "A")).containsExactly("10.0.0.77");
            assertThat(unbound.dig("77.0.0.10.in-addr.arpa", "PTR")).containsExactly("laptop-7.lan.example.com.");
            assertThat(lab.push.journal(lab.config(), report.pushId())).filteredOn(e -> e.key().startsWith("dns:"))
                    .hasSize(preview.dnsChanges().size()).allMatch(e -> e.state() == ActionOutcome.State.OK)
                    .extracting(JournalEntry::summary).contains("+ A laptop-7.lan.example.com 10.0.0.77");

            PushPreview again = lab.preview();
            assertThat(again.writes()).as(again.dnsChanges().toString()).isZero();
        }
    }
}
