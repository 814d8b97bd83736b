package org.netboxauto.discovery.proxmox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.netboxauto.discovery.proxmox.ProxmoxTestSources.collector;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.discovery.proxmox.peer.PeerFixture;
import org.netboxauto.discovery.proxmox.peer.ProxmoxPeer;
import org.netboxauto.testsupport.TestCertificates;

/** The collector against the lab cluster of the Proxmox peer, over real HTTPS. */
class ProxmoxCollectorTest {

    @TempDir
    static Path temp;

    private static ProxmoxPeer peer;
    private static List<Observation> observations;
    private static RecordingContext context;

    @BeforeAll
    static void collectOnce() throws Exception {
        peer = new ProxmoxPeer(PeerFixture.labCluster(), TestCertificates.selfSigned(temp, "pve"), false)
                .token(ProxmoxTestSources.TOKEN_ID, ProxmoxTestSources.TOKEN_SECRET, ProxmoxPeer.AUDITOR)
                .user(ProxmoxTestSources.USER, ProxmoxTestSources.PASSWORD, ProxmoxPeer.AUDITOR)
                .delays(Duration.ofMillis(300), Duration.ofMillis(300), Duration.ofMillis(500));
        context = new RecordingContext();
        observations = collector(ProxmoxTestSources.token(peer)).collect(context);
    }

    @AfterAll
    static void stop() {
        peer.close();
    }

    @Test
    void oneObservationPerNicWithNormalizedMacsGroupedByVm() {
        Observation web = byMac("bc:24:11:5e:2a:01");
        assertThat(web.source()).isEqualTo("proxmox:pve");
        assertThat(web.group()).contains("vm:100");
        assertThat(web.hostname()).contains("web01");
        assertThat(web.observedAt()).isEqualTo(RecordingContext.NOW);
        assertThat(web.evidence()).containsEntry("node", "pve1").containsEntry("vmid", "100")
                .containsEntry("table", "qemu").containsEntry("status", "running").containsEntry("nic", "net0")
                .containsEntry("tags", "prod;web").containsEntry("pool", "production");
        assertThat(byMac("bc:24:11:5e:2a:02").evidence()).containsEntry("nic", "net1");
        assertThat(byMac("bc:24:11:5e:2a:02").group()).contains("vm:100");
    }

    @Test
    void agentAddressesMatchByMacWithoutLoopbackAndLinkLocalAsEvidence() {
        assertThat(byMac("bc:24:11:5e:2a:01").ips()).containsExactly("10.20.0.31", "2001:db8:20::31",
                "10.20.0.32");
        assertThat(byMac("bc:24:11:5e:2a:01").evidence()).containsEntry("link-local", "fe80::be24:11ff:fe5e:2a01");
        assertThat(byMac("bc:24:11:5e:2a:02").ips()).isEmpty();
        assertThat(observations).noneMatch(o -> o.ips().contains("172.17.0.1"));
        assertThat(byMac("bc:24:11:00:01:10").ips()).containsExactly("10.20.0.110");
    }

    @Test
    void containerAddressesFromInterfacesNewAndOldShapeAndStaticConfig() {
        assertThat(byMac("bc:24:11:9a:7c:02").ips()).containsExactly("10.20.0.53");
        assertThat(byMac("bc:24:11:9a:7c:03").ips()).containsExactly("10.30.0.7");
        assertThat(byMac("bc:24:11:9a:7c:02").evidence()).containsEntry("table", "lxc")
                .containsEntry("link-local", "fe80::be24:11ff:fe9a:7c02");
        assertThat(byMac("bc:24:11:9a:7c:02").hostname()).contains("dns1");
        assertThat(byMac("12:34:56:78:90:12").ips()).containsExactly("10.20.0.108");
        Observation stopped = byMac("bc:24:11:9a:01:07");
        assertThat(stopped.ips()).containsExactly("10.20.0.70", "2001:db8:20::70");
        assertThat(stopped.evidence()).containsEntry("status", "stopped");
    }

    @Test
    void templatesSkippedStoppedGuestsKept() {
        assertThat(vmids()).doesNotContain("9000");
        Observation db = byMac("52:54:00:12:34:56");
        assertThat(db.evidence()).containsEntry("status", "stopped").containsEntry("vmid", "102");
        assertThat(db.ips()).as("from cloud-init ipconfig0").containsExactly("10.20.0.40");
        assertThat(peer.requests()).noneMatch(r -> r.contains("/9000/"))
                .noneMatch(r -> r.contains("/qemu/102/agent"));
    }

    @Test
    void eachAgentFailureMeansNoAddressesForThatGuestOnly() {
        assertThat(byMac("bc:24:11:2c:69:ec").ips()).isEmpty();
        assertThat(byMac("bc:24:11:5e:2a:05").ips()).isEmpty();
        assertThat(byMac("bc:24:11:00:01:06").ips()).isEmpty();
        assertThat(peer.requests()).as("agent \"0,fstrim…\" is off").noneMatch(r -> r.contains("/qemu/106/agent"));
        assertThat(vmids()).as("offline node and migrated guest are skipped, the rest is kept")
                .doesNotContain("105", "109").contains("100", "101", "103", "104", "106", "107", "108", "110");
    }

    @Test
    void brokenOrMissingMacsDropOnlyThatNic() {
        assertThat(observations).filteredOn(o -> o.group().equals(Optional.of("vm:106"))).hasSize(1);
        assertThat(observations).filteredOn(o -> o.group().equals(Optional.of("vm:110"))).hasSize(1);
        assertThat(byMac("bc:24:11:00:01:10").hostname()).contains("calico-node");
    }

    @Test
    void compressedRepliesAreRead() {
        assertThat(peer.gzippedReplies()).isPositive();
    }

    @Test
    void progressCountsGuests() {
        assertThat(context.progressLines()).contains("found 11 guests (1 template skipped)")
                .last().isEqualTo("read 11 of 11 guests");
    }

    @Test
    void passwordLoginGetsATicket() throws Exception {
        List<Observation> viaTicket = collector(ProxmoxTestSources.password(peer, ProxmoxTestSources.PASSWORD))
                .collect(new RecordingContext());
        assertThat(viaTicket.stream().map(Observation::mac).collect(Collectors.toSet()))
                .isEqualTo(observations.stream().map(Observation::mac).collect(Collectors.toSet()));
        assertThat(peer.requests()).contains("POST /api2/json/access/ticket");
    }

    private static Observation byMac(String mac) {
        MacAddress wanted = MacAddress.of(mac);
        List<Observation> found = observations.stream().filter(o -> o.mac().equals(wanted)).toList();
        assertThat(found).as(mac).hasSize(1);
        return found.get(0);
    }

    private static List<String> vmids() {
        return observations.stream().map(o -> o.evidence().get("vmid")).distinct().toList();
    }

}
