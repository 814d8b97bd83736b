package org.netboxauto.discovery.snmp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import java.util.Optional;
import org.netboxauto.core.Host;
import org.netboxauto.core.HostFilter;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.PortLocation;
import org.netboxauto.core.Review;
import org.netboxauto.core.ReviewState;
import org.netboxauto.core.RunStatus;
import org.netboxauto.core.push.ActionOutcome;
import org.netboxauto.core.push.NbType;
import org.netboxauto.core.push.PlanProblem;
import org.netboxauto.core.push.PushAction;
import org.netboxauto.discovery.ConfiguredCollectors;
import org.netboxauto.discovery.DiscoveryListener;
import org.netboxauto.discovery.DiscoveryOrchestrator;
import org.netboxauto.discovery.RunControl;
import org.netboxauto.discovery.proxmox.peer.PeerFixture;
import org.netboxauto.discovery.proxmox.peer.ProxmoxPeer;
import org.netboxauto.discovery.routeros.peer.PeerOptions;
import org.netboxauto.discovery.routeros.peer.PeerVersion;
import org.netboxauto.discovery.routeros.peer.RouterOsPeer;
import org.netboxauto.netbox.ReadProgress;
import org.netboxauto.netbox.fake.NetBoxMode;
import org.netboxauto.push.PushLab;
import org.netboxauto.service.DiscoveryService;
import org.netboxauto.service.PushListener;
import org.netboxauto.service.PushPreview;
import org.netboxauto.service.PushReport;
import org.netboxauto.service.StagingStore;
import org.netboxauto.testsupport.TestCertificates;

/**
 * From switches read over SNMP to cables in NetBox: a discovery run over several switches, then a
 * push that finds each switch's NetBox device and cables the links between them. First the shared
 * recordings, joined through the SG350X's LLDP table; then a lab of switches whose LLDP tables
 * point at each other, with a LAG between two of them, and a MikroTik CRS read over its API whose
 * neighbour list names the lab's core.
 */
class SwitchCablePushTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = NetBoxMode.class, names = {"V4_1", "V4_6"})
    void theRecordingsJoinedThroughLldpGetCablesAndACabledPortIsLeftAlone(NetBoxMode mode) throws Exception {
        try (SnmpSim sim = SnmpSim.start("switch-cables");
             PushLab lab = new PushLab(mode, dir, """
                     sources.snmp = [
                       { name = sg350x, host = "127.0.0.1", port = %1$d, community = "ciscosb_sg350x-24p" }
                       { name = CoreSwitch, host = "127.0.0.1", port = %1$d, community = procurve, per-vlan = off }
                       { name = aruba, host = "127.0.0.1", port = %1$d, community = arubaos-cx }
                     ]
                     """.formatted(sim.port()))) {
            SwitchNetBox nb = new SwitchNetBox(lab.nb);
            long access = nb.device("access-sg350x", "DNI232304PG");
            nb.itf(access, "gi1/0/14", "1000base-t");
            nb.itf(access, "te1/0/1", "10gbase-x-sfpp");
            nb.itf(access, "te1/0/2", "10gbase-x-sfpp");
            nb.itf(nb.device("CoreSwitch", ""), "te1/0/3", "10gbase-x-sfpp");
            long bio = nb.device("bio-sw", "");
            nb.itf(bio, "gi10", "1000base-t");
            nb.mac(nb.itf(bio, "vlan1", "virtual"), "20:4C:9E:6E:08:FE");
            long bib = nb.device("bib", "");
            nb.ip(nb.itf(bib, "vlan1", "virtual"), "192.168.177.21/24");
            long bibUplink = nb.itf(bib, "te1/0/2", "10gbase-x-sfpp");
            nb.cable(bibUplink, nb.itf(nb.device("patch-panel", ""), "p1", "1000base-t"));

            discover(lab);
            PushPreview preview = preview(lab);

            List<PushAction> cables = preview.plan().actions().stream().filter(a -> a.type() == NbType.CABLE).toList();
            assertThat(cables).extracting(PushAction::label).containsExactlyInAnyOrder(
                    "cable access-sg350x te1/0/1 to CoreSwitch te1/0/3 (LLDP on sg350x te1/0/1; access-sg350x"
                            + " (switch sg350x, by serial DNI232304PG), CoreSwitch (by name CoreSwitch))",
                    "cable access-sg350x gi1/0/14 to bio-sw gi10 (LLDP on sg350x gi1/0/14; access-sg350x"
                            + " (switch sg350x, by serial DNI232304PG), bio-sw (by chassis id 20:4c:9e:6e:08:fe))");
            assertThat(preview.plan().problems()).extracting(PlanProblem::toString).contains(
                    "link sg350x te1/0/2: bib te1/0/2 is already cabled to patch-panel p1 in NetBox, but LLDP finds"
                            + " access-sg350x te1/0/2 and bib te1/0/2 linked; the cable is left as it is. Remove it"
                            + " in NetBox if it is wrong, and push again")
                    .anySatisfy(p -> assertThat(p).startsWith("switch aruba: is not found in NetBox: no NetBox"
                            + " device has serial DEVICESERL").endsWith("Set sources.snmp[2].netbox-device to its"
                            + " name in NetBox. No cable is planned on its ports"));

            PushReport report = lab.push.apply(lab.config(), preview, PushListener.NONE, () -> false);

            assertThat(report.outcomes()).allMatch(o -> o.state() == ActionOutcome.State.OK, report.outcomes().toString());
            assertThat(nb.cables()).containsExactlyInAnyOrder(
                    "dcim.interface bib te1/0/2 = dcim.interface patch-panel p1",
                    "dcim.interface access-sg350x te1/0/1 = dcim.interface CoreSwitch te1/0/3",
                    "dcim.interface access-sg350x gi1/0/14 = dcim.interface bio-sw gi10");
            assertThat(lab.nb.get("/api/dcim/interfaces/", bibUplink).path("cable").path("id").asLong())
                    .isEqualTo(lab.nb.rows("dcim.cable").get(0).get("id").asLong());
            assertThat(lab.nb.schemaViolations()).isEmpty();
            PushPreview again = preview(lab);
            assertThat(again.plan().writes()).as(again.plan().actions().toString()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(value = NetBoxMode.class, names = {"V4_3", "V4_7"})
    void aLabOfSwitchesPointingAtEachOtherIsCabledMemberToMember(NetBoxMode mode) throws Exception {
        Path recordings = Path.of(getClass().getResource("/snmp-lab/lab-core.snmprec").toURI()).getParent();
        try (SnmpSim sim = SnmpSim.start("switch-lab", List.of(), List.of(recordings.resolve("lab-core.snmprec"),
                recordings.resolve("lab-acc1.snmprec"), recordings.resolve("lab-acc2.snmprec")));
             RouterOsPeer crs = RouterOsPeer.api(PeerOptions.of(PeerVersion.V7_18));
             PushLab lab = new PushLab(mode, dir, """
                     sources.snmp = [
                       { name = core, host = "127.0.0.1", port = %1$d, community = lab-core }
                       { name = acc1, host = "127.0.0.1", port = %1$d, community = lab-acc1 }
                       { name = acc2, host = "127.0.0.1", port = %1$d, community = lab-acc2, netbox-device = acc2-crs }
                     ]
                     sources.routeros = [
                       { name = crs, host = "127.0.0.1", port = %2$d, transport = api, username = admin,
                         password = "s3cret=pass", collect = [bridge-hosts] }
                     ]
                     netbox { vlan-group = campus, create-missing = true }
                     """.formatted(sim.port(), crs.port()) + PushLab.DEFAULTS)) {
            SwitchNetBox nb = new SwitchNetBox(lab.nb);
            long core = nb.device("core-1", "FOC2231X0AB");
            for (String p : List.of("Gi1/0/1", "Gi1/0/2", "Gi1/0/3", "Gi1/0/4", "Gi1/0/6")) {
                nb.itf(core, p, "1000base-t");
            }
            nb.itf(core, "Po1", "lag");
            nb.itf(core, "Po2", "lag");
            nb.itf(core, "Po3", "lag");
            long acc1 = nb.device("acc1", "");
            nb.ip(nb.itf(acc1, "me0", "1000base-t"), "10.9.0.2/24");
            for (String p : List.of("ge-0/0/0", "ge-0/0/1", "ge-0/0/2")) {
                nb.itf(acc1, p, "1000base-t");
            }
            nb.itf(acc1, "ae0", "lag");
            long crsDevice = nb.device("crs-326", "HCT08XYZ4A1");
            nb.itf(crsDevice, "sfp-sfpplus1", "10gbase-x-sfpp");
            nb.itf(crsDevice, "ether7", "1000base-t");
            long acc2 = nb.device("acc2-crs", "");
            nb.itf(acc2, "ether1", "1000base-t");
            nb.itf(nb.device("dist-9", ""), "Gi0/48", "1000base-t");
            long oldSw = nb.device("old-sw", "");
            nb.itf(oldSw, "Gi0/1", "1000base-t");
            nb.cable(nb.itf(core, "Gi1/0/5", "1000base-t"), nb.itf(nb.device("patch-1", ""), "port5", "1000base-t"));
            long campus = lab.nb.create("/api/ipam/vlan-groups/", "{\"name\": \"Campus\", \"slug\": \"campus\"}")
                    .get("id").asLong();
            lab.nb.create("/api/ipam/vlans/", "{\"vid\": 10, \"name\": \"users\", \"group\": " + campus + "}");
            lab.nb.create("/api/ipam/vlans/", "{\"vid\": 10, \"name\": \"other users\"}");

            discover(lab);
            bondedHost(lab);
            approve(lab, "52:54:00:10:00:15");
            PushPreview preview = preview(lab);

            assertThat(preview.plan().actions()).filteredOn(a -> a.type() == NbType.CABLE).extracting(PushAction::label)
                    .containsExactlyInAnyOrder(
                            "cable core-1 Gi1/0/1 to acc1 ge-0/0/0 (LLDP on core Gi1/0/1; core-1 (switch core, by"
                                    + " serial FOC2231X0AB), acc1 (by management IP 10.9.0.2))",
                            "cable core-1 Gi1/0/2 to acc1 ge-0/0/1 (LLDP on core Gi1/0/2; core-1 (switch core, by"
                                    + " serial FOC2231X0AB), acc1 (by management IP 10.9.0.2))",
                            "cable core-1 Gi1/0/3 to acc2-crs ether1 (LLDP on core Gi1/0/3; core-1 (switch core, by"
                                    + " serial FOC2231X0AB), acc2-crs (switch acc2, named by sources.snmp[2].netbox-device))",
                            "cable crs-326 sfp-sfpplus1 to core-1 Gi1/0/6 (LLDP on crs sfp-sfpplus1; crs-326 (switch"
                                    + " crs, by serial HCT08XYZ4A1), core-1 (switch core, by serial FOC2231X0AB))",
                            "cable host-525400100015 eth0 to acc1 ge-0/0/2 (by management IP 10.9.0.2)");
            assertThat(preview.plan().actions()).filteredOn(a -> a.type() == NbType.VLAN).extracting(PushAction::label)
                    .containsExactly("VLAN 20 in group campus");
            assertThat(preview.plan().actions()).extracting(PushAction::label).contains(
                    "VLAN of acc1 ge-0/0/2 for host-525400100015 (access, VLAN 10)",
                    "VLAN of core-1 Po3 for host-525400100051 (access, VLAN 20)",
                    "interface host-525400100051 bond0 (LAG)",
                    "LAG bond0 of host-525400100051 eth0", "LAG bond0 of host-525400100051 eth1");
            assertThat(preview.plan().problems()).extracting(PlanProblem::toString).containsExactlyInAnyOrder(
                    "host-525400100051 eth0: core-1 Po3 is a lag interface in"
                            + " NetBox, which takes no cable; cable the host's NICs to its member ports",
                    "link core Po2: LLDP was heard on the LAG Po2 itself, which names none of its members; cable the"
                            + " members by hand",
                    "link core Gi1/0/5: core-1 Gi1/0/5 is already cabled to patch-1 port5 in NetBox, but LLDP finds"
                            + " core-1 Gi1/0/5 and old-sw Gi0/1 linked; the cable is left as it is. Remove it in"
                            + " NetBox if it is wrong, and push again");

            PushReport report = lab.push.apply(lab.config(), preview, PushListener.NONE, () -> false);

            assertThat(report.outcomes()).allMatch(o -> o.state() == ActionOutcome.State.OK, report.outcomes().toString());
            assertThat(nb.cables()).containsExactlyInAnyOrder(
                    "dcim.interface core-1 Gi1/0/5 = dcim.interface patch-1 port5",
                    "dcim.interface core-1 Gi1/0/1 = dcim.interface acc1 ge-0/0/0",
                    "dcim.interface core-1 Gi1/0/2 = dcim.interface acc1 ge-0/0/1",
                    "dcim.interface core-1 Gi1/0/3 = dcim.interface acc2-crs ether1",
                    "dcim.interface crs-326 sfp-sfpplus1 = dcim.interface core-1 Gi1/0/6",
                    "dcim.interface host-525400100015 eth0 = dcim.interface acc1 ge-0/0/2");
            JsonNode access = interfaceOf(lab, "acc1", "ge-0/0/2");
            assertThat(access.path("mode").path("value").asText()).isEqualTo("access");
            assertThat(access.path("untagged_vlan").path("name").asText()).as("VLAN 10 of group campus").isEqualTo("users");
            JsonNode po3 = interfaceOf(lab, "core-1", "Po3");
            assertThat(po3.path("mode").path("value").asText()).isEqualTo("access");
            JsonNode vlan20 = lab.nb.get("/api/ipam/vlans/", po3.path("untagged_vlan").path("id").asLong());
            assertThat(vlan20.path("vid").asInt()).isEqualTo(20);
            assertThat(vlan20.path("group").path("slug").asText()).isEqualTo("campus");
            JsonNode bond = interfaceOf(lab, "host-525400100051", "bond0");
            assertThat(bond.path("type").path("value").asText()).isEqualTo("lag");
            for (String member : List.of("eth0", "eth1")) {
                assertThat(interfaceOf(lab, "host-525400100051", member).path("lag").path("id").asLong()).as(member)
                        .isEqualTo(bond.path("id").asLong());
            }
            assertThat(lab.nb.schemaViolations()).isEmpty();
            assertThat(preview(lab).plan().writes()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(value = NetBoxMode.class, names = {"V4_2", "V4_6"})
    void aHypervisorPortIsTaggedWithItsGuestsVlansAndAGuestsNicWithItsProxmoxTag(NetBoxMode mode) throws Exception {
        Path recordings = Path.of(getClass().getResource("/snmp-lab/lab-acc2.snmprec").toURI()).getParent();
        String secret = "6a1e0c2d-4b3f-4e8a-9d7c-2f5e8b1a3c90";
        try (SnmpSim sim = SnmpSim.start("switch-trunk", List.of(), List.of(recordings.resolve("lab-acc2.snmprec")));
             ProxmoxPeer pve = new ProxmoxPeer(PeerFixture.labCluster(), TestCertificates.selfSigned(
                     dir.resolve("pve-tls"), "pve"), false).token("collector@pve!inventory", secret, ProxmoxPeer.AUDITOR);
             PushLab lab = new PushLab(mode, dir, """
                     sources.snmp = [ { name = acc2, host = "127.0.0.1", port = %d, community = lab-acc2,
                                        netbox-device = acc2-crs } ]
                     sources.proxmox = [ { name = pve, url = "%s", token-id = "collector@pve!inventory",
                                           token-secret = "%s", tls.fingerprint-sha256 = "%s", cluster = pve } ]
                     """.formatted(sim.port(), pve.url(), secret, pve.fingerprint()) + PushLab.DEFAULTS)) {
            SwitchNetBox nb = new SwitchNetBox(lab.nb);
            long acc2 = nb.device("acc2-crs", "");
            nb.itf(acc2, "ether1", "1000base-t");
            long trunk = nb.itf(acc2, "ether2", "1000base-t");
            long servers = lab.nb.create("/api/ipam/vlans/", "{\"vid\": 20, \"name\": \"servers\"}").get("id").asLong();
            long k8s = lab.nb.create("/api/ipam/vlans/", "{\"vid\": 30, \"name\": \"k8s\"}").get("id").asLong();

            discover(lab);
            approve(lab, "bc:24:11:5e:2a:01");
            approve(lab, "bc:24:11:5e:2a:05");
            PushPreview preview = preview(lab);

            assertThat(preview.plan().actions()).extracting(PushAction::label).contains(
                    "VLANs of acc2-crs ether2 (tagged: a hypervisor's guests)", "VLAN of web01 net0 (Proxmox tag 20)");
            assertThat(preview.plan().problems()).extracting(PlanProblem::toString).noneMatch(p -> p.contains("VLAN"));
            PushReport report = lab.push.apply(lab.config(), preview, PushListener.NONE, () -> false);

            assertThat(report.outcomes()).allMatch(o -> o.state() == ActionOutcome.State.OK, report.outcomes().toString());
            JsonNode port = lab.nb.get("/api/dcim/interfaces/", trunk);
            assertThat(port.path("mode").path("value").asText()).isEqualTo("tagged");
            assertThat(port.path("tagged_vlans").findValuesAsText("id")).containsExactly(Long.toString(servers),
                    Long.toString(k8s));
            JsonNode web01 = lab.nb.rows("virtualization.virtualmachine").stream()
                    .filter(v -> v.path("name").asText().equals("web01")).findFirst().orElseThrow();
            JsonNode net0 = lab.nb.get("/api/virtualization/interfaces/", lab.nb.rows("virtualization.vminterface")
                    .stream().filter(i -> i.path("virtual_machine").asLong() == web01.path("id").asLong()
                            && i.path("name").asText().equals("net0")).findFirst().orElseThrow().get("id").asLong());
            assertThat(net0.path("mode").path("value").asText()).isEqualTo("access");
            assertThat(net0.path("untagged_vlan").path("id").asLong()).isEqualTo(servers);
            assertThat(lab.nb.schemaViolations()).isEmpty();
            assertThat(preview(lab).plan().writes()).isZero();
        }
    }

    /** The host behind the access LAG Po3 of the lab's core: located there, its two NICs one host, its members in the evidence; approved. */
    private static void bondedHost(PushLab lab) {
        try (StagingStore store = lab.stores().open(lab.config().store())) {
            Host host = store.hosts().stream().filter(h -> h.mac().equals(MacAddress.of("52:54:00:10:00:51")))
                    .findFirst().orElseThrow();
            assertThat(host.port()).hasValueSatisfying(p -> assertThat(p.value())
                    .isEqualTo(new PortLocation("core", "Po3", Optional.of(20))));
            assertThat(host.evidence().get("snmp:core")).containsEntry("location",
                    "access LAG (members Gi1/0/7, Gi1/0/8): 2 MACs, no switch neighbour on any member");
            // the two MACs the access LAG carries are the bonded host's two NICs
            assertThat(host.macs()).containsExactly(MacAddress.of("52:54:00:10:00:51"), MacAddress.of("52:54:00:10:00:52"));
            assertThat(store.hosts()).filteredOn(h -> h.port().isPresent())
                    .noneMatch(h -> h.port().get().value().port().matches("Po[12]"));
            store.saveReviews(List.of(new Review(host.mac(), ReviewState.APPROVED, Optional.empty(), Instant.now())));
        }
    }

    private static void approve(PushLab lab, String mac) {
        try (StagingStore store = lab.stores().open(lab.config().store())) {
            store.saveReviews(List.of(new Review(MacAddress.of(mac), ReviewState.APPROVED, Optional.empty(),
                    Instant.now())));
        }
    }

    /** An interface as NetBox answers it, found by its device's name and its own. */
    private static JsonNode interfaceOf(PushLab lab, String device, String name) {
        long deviceId = lab.nb.rows("dcim.device").stream().filter(d -> d.path("name").asText().equals(device))
                .findFirst().orElseThrow().get("id").asLong();
        return lab.nb.get("/api/dcim/interfaces/", lab.nb.rows("dcim.interface").stream()
                .filter(i -> i.path("device").asLong() == deviceId && i.path("name").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no interface " + device + " " + name))
                .get("id").asLong());
    }

    private static void discover(PushLab lab) {
        ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
        try {
            DiscoveryService service = new DiscoveryService(lab.stores(), new ConfiguredCollectors(),
                    () -> org.netboxauto.core.VendorLookup.NONE,
                    new DiscoveryOrchestrator(pool, Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC)));
            assertThat(service.discover(lab.config(), List.of(), new DiscoveryListener() { }, new RunControl()).status())
                    .isEqualTo(RunStatus.SUCCEEDED);
        } finally {
            pool.shutdownNow();
        }
    }

    private static PushPreview preview(PushLab lab) {
        return lab.push.preview(lab.config(), HostFilter.ALL, Set.of(), ReadProgress.NONE);
    }
}
