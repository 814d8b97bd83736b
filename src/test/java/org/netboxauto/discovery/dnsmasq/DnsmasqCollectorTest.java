package org.netboxauto.discovery.dnsmasq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.DnsmasqSource;
import org.netboxauto.config.SshAccess;
import org.netboxauto.core.Evidence;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.discovery.CollectorException;
import org.netboxauto.testsupport.DhcpLab;
import org.netboxauto.testsupport.DnsmasqServer;
import org.netboxauto.testsupport.RecordingContext;
import org.netboxauto.testsupport.SshServer;

/** Real dnsmasq serving real clients in a namespace lab; its lease file read here and over the real sshd's SFTP. */
class DnsmasqCollectorTest {

    private static DhcpLab lab;
    private static DnsmasqServer dnsmasq;
    private static SshServer ssh;

    @TempDir
    Path tmp;

    @BeforeAll
    static void leases() throws Exception {
        lab = DhcpLab.create(3);
        dnsmasq = DnsmasqServer.start(lab);
        lab.leaseV4(0, "pi-zero");
        lab.leaseV4(1, null);
        lab.leaseV6(2);
        dnsmasq.awaitLines(4);
        ssh = SshServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (ssh != null) {
            ssh.close();
        }
        if (dnsmasq != null) {
            dnsmasq.close();
        }
        if (lab != null) {
            lab.close();
        }
    }

    static DnsmasqSource local(Path file) {
        return new DnsmasqSource("pihole", Optional.of(file), Optional.empty(), DnsmasqSource.DEFAULT_LEASE_FILE,
                Duration.ofSeconds(10));
    }

    private DnsmasqSource overSsh(String leaseFile, Path knownHosts) {
        return new DnsmasqSource("pihole", Optional.empty(), Optional.of(new SshAccess("127.0.0.1", ssh.port(),
                ssh.user(), ssh.clientKey(), Optional.empty(), knownHosts, "sources.dnsmasq[0].ssh")), leaseFile,
                Duration.ofSeconds(20));
    }

    private static List<Observation> collect(DnsmasqSource source, RecordingContext context) throws Exception {
        return new DnsmasqCollector(source, "sources.dnsmasq[0]").collect(context);
    }

    @Test
    void theLocalLeaseFileGivesEachClientWithNameClientIdAndTheV6MacFromItsDuid() throws Exception {
        RecordingContext context = new RecordingContext(Instant.now());
        assertLabLeases(collect(local(dnsmasq.leaseFile()), context));
        assertThat(context.progressLines()).anyMatch(l -> l.startsWith("read 3 leases from " + dnsmasq.leaseFile()
                + ": 3 in use"));
    }

    @Test
    void theSameFileOverSftpFromTheRealSshd() throws Exception {
        assertLabLeases(collect(overSsh(dnsmasq.leaseFile().toString(), ssh.knownHosts()),
                new RecordingContext(Instant.now())));
    }

    @Test
    void anUnknownHostKeyIsRefusedNamingTheKeys() throws Exception {
        Path empty = Files.writeString(tmp.resolve("known_hosts"), "");
        assertThatThrownBy(() -> collect(overSsh(dnsmasq.leaseFile().toString(), empty),
                new RecordingContext(Instant.now())))
                .isInstanceOf(CollectorException.class)
                .hasMessageContaining("dnsmasq:pihole (sources.dnsmasq[0]): sources.dnsmasq[0].ssh: the host key of"
                        + " 127.0.0.1:" + ssh.port() + " is not in " + empty)
                .hasMessageContaining("ssh-keyscan -p " + ssh.port());
    }

    @Test
    void aMissingRemoteFileSaysWhichKeyToFix() {
        assertThatThrownBy(() -> collect(overSsh("/nonexistent/dnsmasq.leases", ssh.knownHosts()),
                new RecordingContext(Instant.now())))
                .hasMessageContaining("/nonexistent/dnsmasq.leases on 127.0.0.1:" + ssh.port() + " does not exist")
                .hasMessageContaining("sources.dnsmasq[0].lease-file");
    }

    @Test
    void aTruncatedFileIsAnErrorNotAShortList() throws Exception {
        byte[] whole = Files.readAllBytes(dnsmasq.leaseFile());
        Path cut = Files.write(tmp.resolve("cut.leases"), java.util.Arrays.copyOf(whole, whole.length - 7));
        assertThatThrownBy(() -> collect(local(cut), new RecordingContext(Instant.now())))
                .isInstanceOf(CollectorException.class)
                .hasMessageContaining("dnsmasq:pihole (sources.dnsmasq[0]): " + cut + " is not a dnsmasq lease file:")
                .hasMessageContaining("ends without a newline");
    }

    @Test
    void aGarbledLineIsNamedWithItsNumber() throws Exception {
        List<String> lines = Files.readAllLines(dnsmasq.leaseFile());
        lines.set(1, lines.get(1).replace(' ', '\t'));
        Path garbled = Files.write(tmp.resolve("garbled.leases"), lines);
        assertThatThrownBy(() -> collect(local(garbled), new RecordingContext(Instant.now())))
                .hasMessageContaining("line 2 (\"")
                .hasMessageContaining("expected 5 fields separated by single spaces");
    }

    @Test
    void expiredLeasesAreLeftOut() throws Exception {
        List<String> lines = Files.readAllLines(dnsmasq.leaseFile());
        lines.set(0, lines.get(0).replaceFirst("^[0-9]+", "1000"));
        Path old = Files.write(tmp.resolve("old.leases"), lines);
        RecordingContext context = new RecordingContext(Instant.now());
        assertThat(collect(local(old), context)).hasSize(2);
        assertThat(context.progressLines()).anyMatch(l -> l.contains("2 in use, 1 expired"));
    }

    private static void assertLabLeases(List<Observation> found) {
        Map<MacAddress, Observation> byMac = found.stream().collect(Collectors.toMap(Observation::mac, o -> o));
        assertThat(byMac.keySet()).containsExactlyInAnyOrderElementsOf(lab.macs().stream().map(MacAddress::of).toList());
        Observation zero = byMac.get(MacAddress.of(lab.macs().get(0)));
        assertThat(zero.source()).isEqualTo("dnsmasq:pihole");
        assertThat(zero.hostname()).hasValue("pi-zero");
        assertThat(zero.ips()).singleElement().asString().startsWith(lab.v4(0).replaceAll("0$", ""));
        assertThat(zero.evidence()).containsEntry(Evidence.TABLE, "dhcp-leases")
                .containsEntry(Evidence.CLIENT_ID, "01:" + lab.macs().get(0));
        assertThat(byMac.get(MacAddress.of(lab.macs().get(1))).hostname()).as("* is no name").isEmpty();
        Observation six = byMac.get(MacAddress.of(lab.macs().get(2)));
        assertThat(six.evidence()).containsEntry(Evidence.TABLE, "dhcp6-leases");
        assertThat(six.ips()).singleElement().asString().startsWith("fd34:").doesNotContain(":0:0:");
        assertThat(six.evidence()).as("a DHCPv6 IA_NA address is stable").containsEntry(Evidence.STABLE_IPS,
                six.ips().getFirst());
    }
}
