package org.netboxauto.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorrelatorTest {

    private static final Instant T1 = Instant.parse("2026-11-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-02T10:00:00Z");
    private static final String DHCP = "routeros:core";
    private static final String PVE = "proxmox:pve";
    private static final Set<String> BOTH = Set.of(DHCP, PVE);

    private final Correlator correlator = new Correlator(
            List.of(SourceKind.ROUTEROS, SourceKind.PROXMOX, SourceKind.SNMP, SourceKind.SCAN));

    @Test
    void observationsOfOneMacFromTwoSourcesMakeOneHostWithProvenance() {
        CorrelationResult r = correlator.correlate(List.of(
                lease("bc:24:11:00:00:01", "10.0.0.5", "web", T1),
                vmNic("BC-24-11-00-00-01", "101", "net0", "web-vm", T1)), List.of(), BOTH);

        assertThat(r.updated()).singleElement().satisfies(h -> {
            assertThat(h.mac()).hasToString("bc:24:11:00:00:01");
            assertThat(h.sources()).containsExactly(PVE, DHCP);
            assertThat(h.hostname()).hasValue(new Sourced<>("web", DHCP, T1));
            assertThat(h.ips()).containsExactly(new Sourced<>("10.0.0.5", DHCP, T1));
            assertThat(h.flags()).containsExactly(HostFlag.NAME_CONFLICT);
            assertThat(h.evidence().get(PVE)).containsEntry(Evidence.VMID, "101");
        });
        assertThat(r.changes()).extracting(HostChange::kind).containsExactly(HostChange.Kind.NEW);
    }

    @Test
    void hostnamePrecedenceIsConfigurable() {
        Correlator proxmoxFirst = new Correlator(List.of(SourceKind.PROXMOX, SourceKind.ROUTEROS));
        CorrelationResult r = proxmoxFirst.correlate(List.of(
                lease("bc:24:11:00:00:01", "10.0.0.5", "web", T1),
                vmNic("bc:24:11:00:00:01", "101", "net0", "web-vm", T1)), List.of(), BOTH);
        assertThat(r.updated().getFirst().hostnameValue()).hasValue("web-vm");
    }

    @Test
    void aVmsNicsAreOneHostKeyedByItsFirstNic() {
        CorrelationResult r = correlator.correlate(List.of(
                vmNic("bc:24:11:00:00:09", "101", "net1", "db", T1),
                vmNic("bc:24:11:00:00:02", "101", "net0", "db", T1),
                vmNic("bc:24:11:00:00:03", "102", "net0", "other", T1)), List.of(), BOTH);
        assertThat(r.updated()).hasSize(2);
        Host db = r.updated().stream().filter(h -> h.hostnameValue().orElseThrow().equals("db")).findFirst().orElseThrow();
        assertThat(db.mac()).hasToString("bc:24:11:00:00:02");
        assertThat(db.macs()).extracting(MacAddress::toString).containsExactly("bc:24:11:00:00:02", "bc:24:11:00:00:09");
    }

    @Test
    void aSecondRunReportsChangedIpsAndKeepsFirstSeen() {
        Host before = correlator.correlate(List.of(lease("00:50:56:00:00:01", "10.0.0.5", "pc", T1)), List.of(), BOTH)
                .updated().getFirst();
        CorrelationResult r = correlator.correlate(List.of(lease("00:50:56:00:00:01", "10.0.0.6", "pc", T2)),
                List.of(before), BOTH);
        Host after = r.updated().getFirst();
        assertThat(after.firstSeen()).isEqualTo(T1);
        assertThat(after.lastSeen()).isEqualTo(T2);
        assertThat(after.ipValues()).containsExactly("10.0.0.6");
        assertThat(r.changes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(HostChange.Kind.CHANGED);
            assertThat(c.fields()).containsExactly(new HostChange.FieldChange("ip", "10.0.0.5", "10.0.0.6"));
        });
    }

    @Test
    void valuesFromASourceThatFailedThisRunAreKept() {
        Host before = correlator.correlate(List.of(
                lease("bc:24:11:00:00:01", "10.0.0.5", "web", T1),
                vmNic("bc:24:11:00:00:01", "101", "net0", "web-vm", T1)), List.of(), BOTH).updated().getFirst();
        CorrelationResult r = correlator.correlate(List.of(vmNic("bc:24:11:00:00:01", "101", "net0", "web-vm", T2)),
                List.of(before), Set.of(PVE));
        Host after = r.updated().getFirst();
        assertThat(after.ipValues()).containsExactly("10.0.0.5");
        assertThat(after.hostnameValue()).hasValue("web");
        assertThat(after.sources()).containsExactly(PVE, DHCP);
        assertThat(r.changes()).isEmpty();
    }

    @Test
    void aHostNoReadSourceSeesAnyMoreIsGoneOnceAndBackWhenSeenAgain() {
        Host before = correlator.correlate(List.of(lease("00:50:56:00:00:01", "10.0.0.5", "pc", T1)), List.of(), BOTH)
                .updated().getFirst();
        CorrelationResult notRead = correlator.correlate(List.of(), List.of(before), Set.of(PVE));
        assertThat(notRead.changes()).isEmpty();

        CorrelationResult gone = correlator.correlate(List.of(), List.of(before), BOTH);
        assertThat(gone.changes()).extracting(HostChange::kind).containsExactly(HostChange.Kind.GONE);
        Host goneHost = gone.updated().getFirst();
        assertThat(goneHost.has(HostFlag.GONE)).isTrue();
        assertThat(correlator.correlate(List.of(), List.of(goneHost), BOTH).changes()).isEmpty();

        CorrelationResult back = correlator.correlate(List.of(lease("00:50:56:00:00:01", "10.0.0.5", "pc", T2)),
                List.of(goneHost), BOTH);
        assertThat(back.updated().getFirst().has(HostFlag.GONE)).isFalse();
        assertThat(back.changes().getFirst().fields()).extracting(HostChange.FieldChange::field).containsExactly("seen");
    }

    @Test
    void twoHostsSeenBeforeAreMergedWhenASourceTiesThemTogether() {
        List<Host> before = correlator.correlate(List.of(
                lease("bc:24:11:00:00:01", "10.0.0.5", "a", T1),
                lease("bc:24:11:00:00:02", "10.0.0.6", "a", T1)), List.of(), BOTH).updated();
        CorrelationResult r = correlator.correlate(List.of(
                vmNic("bc:24:11:00:00:01", "7", "net0", "a", T2),
                vmNic("bc:24:11:00:00:02", "7", "net1", "a", T2)), before, Set.of(PVE));
        assertThat(r.updated()).singleElement().satisfies(h -> assertThat(h.ipValues())
                .containsExactly("10.0.0.5", "10.0.0.6"));
        assertThat(r.removed()).extracting(MacAddress::toString).containsExactly("bc:24:11:00:00:02");
    }

    @Test
    void randomizedMacsAndStoppedGuestsAreFlagged() {
        CorrelationResult r = correlator.correlate(List.of(
                lease("da:a1:19:00:00:01", "10.0.0.9", "phone", T1),
                new Observation(PVE, T1, MacAddress.of("bc:24:11:00:00:05"), List.of(), Optional.of("off"),
                        Optional.of("vm:9"), Map.of(Evidence.STATUS, Evidence.STATUS_STOPPED))), List.of(), BOTH);
        assertThat(r.updated()).extracting(Host::flags).containsExactlyInAnyOrder(
                Set.of(HostFlag.LOCALLY_ADMINISTERED_MAC), Set.of(HostFlag.STOPPED));
    }

    @Test
    void aLargeRunMergesLikeItsGroupsOneByOne() {
        // past the size from which groups merge on every core: each group's host, its change and the hosts it
        // ties together must come out as when the groups are correlated one at a time, in the same order
        List<Observation> first = new java.util.ArrayList<>();
        List<List<Observation>> groups = new java.util.ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            String a = String.format("bc:24:11:%02x:%02x:01", i >> 8, i & 0xff);
            String b = String.format("bc:24:11:%02x:%02x:02", i >> 8, i & 0xff);
            first.add(lease(a, "10.1." + (i >> 8) + "." + (i & 0xff), "h" + i, T1));
            if (i % 3 == 0) {
                first.add(lease(b, "10.2." + (i >> 8) + "." + (i & 0xff), "h" + i, T1));
            }
            List<Observation> group = new java.util.ArrayList<>(List.of(
                    lease(a, "10.1." + (i >> 8) + "." + (i % 2 == 0 ? 7 : i & 0xff), "h" + i, T2)));
            if (i % 3 == 0) {
                group.add(vmNic(a, Integer.toString(i), "net0", "h" + i, T2));
                group.add(vmNic(b, Integer.toString(i), "net1", "h" + i, T2));
            }
            groups.add(group);
        }
        List<Host> before = correlator.correlate(first, List.of(), BOTH).updated();
        CorrelationResult all = correlator.correlate(groups.stream().flatMap(List::stream).toList(), before, BOTH);

        List<Host> updated = new java.util.ArrayList<>();
        List<MacAddress> removed = new java.util.ArrayList<>();
        List<HostChange> changes = new java.util.ArrayList<>();
        for (List<Observation> group : groups) {
            Set<MacAddress> macs = new java.util.HashSet<>(group.stream().map(Observation::mac).toList());
            CorrelationResult one = correlator.correlate(group, before.stream()
                    .filter(h -> h.macs().stream().anyMatch(macs::contains)).toList(), BOTH);
            updated.addAll(one.updated());
            removed.addAll(one.removed());
            changes.addAll(one.changes());
        }
        assertThat(all.updated()).hasSize(3_000).containsExactlyElementsOf(updated);
        assertThat(all.removed()).hasSize(1_000).containsExactlyElementsOf(removed);
        assertThat(all.changes()).containsExactlyElementsOf(changes);
    }

    static Observation lease(String mac, String ip, String name, Instant at) {
        return new Observation(DHCP, at, MacAddress.of(mac), List.of(ip), Optional.of(name), Optional.empty(),
                Map.of(Evidence.TABLE, "dhcp-leases", Evidence.STATUS, "bound"));
    }

    static Observation vmNic(String mac, String vmid, String nic, String name, Instant at) {
        return new Observation(PVE, at, MacAddress.of(mac), List.of(), Optional.of(name), Optional.of("vm:" + vmid),
                Map.of(Evidence.VMID, vmid, Evidence.NIC, nic, Evidence.TABLE, "qemu"));
    }
}
