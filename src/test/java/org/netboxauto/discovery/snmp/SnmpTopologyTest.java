package org.netboxauto.discovery.snmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.Test;
import org.netboxauto.core.Evidence;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.core.location.LocationEvidence;
import org.netboxauto.core.location.PortLocator;

/**
 * Several recordings polled at once and located together. The SG350X's LLDP neighbour on te1/0/1
 * is "CoreSwitch", which is polled too (the ProCurve recording, configured under that name), so
 * that port is an uplink for naming a polled switch. The Aruba's ports 1/1/43-48 face VMware hosts
 * vmhost-30..35 that announce a bridge; told which VMs run on which host, they become the hosts'
 * access ports and the VMs are located behind them.
 */
class SnmpTopologyTest {

    private static final Map<String, String> SWITCHES = Map.of(
            "sg350x", "ciscosb_sg350x-24p", "CoreSwitch", "procurve", "aruba", "arubaos-cx", "crs317", "routeros_crs317");

    @Test
    void switchesJoinedThroughLldpAndHypervisorsLocateEveryMacOnceAndNeverOnAnUplink() throws Exception {
        List<Observation> all = new ArrayList<>();
        try (SnmpSim sim = SnmpSim.start("topology"); ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            Semaphore polls = new Semaphore(4);
            List<Future<List<Observation>>> running = new ArrayList<>();
            for (Map.Entry<String, String> sw : SWITCHES.entrySet()) {
                running.add(pool.submit(() -> new SnmpCollector(SnmpSources.v2c(sw.getKey(), sw.getValue(), sim.port()),
                        "sources.snmp[0]", polls).collect(new TestContext())));
            }
            for (Future<List<Observation>> f : running) {
                all.addAll(f.get());
            }
        }
        Map<MacAddress, String> guests = arubaGuests();
        guests.forEach((mac, node) -> all.add(new Observation("proxmox:cluster", Instant.EPOCH, mac, List.of(),
                Optional.empty(), Optional.of("vm-" + mac), Map.of(Evidence.NODE, node, Evidence.VMID, "100"))));

        List<Observation> located = new PortLocator(8).locate(all);

        List<Observation> fdb = located.stream()
                .filter(o -> LocationEvidence.TABLE_FDB.equals(o.evidence().get(Evidence.TABLE))).toList();
        assertThat(fdb).filteredOn(o -> o.evidence().getOrDefault(LocationEvidence.SEEN_ON, "").matches("sg350x te1/0/1( vlan \\d+)?"))
                .hasSize(242).allSatisfy(o -> assertThat(o.evidence().get(LocationEvidence.LOCATION))
                        .contains("uplink: LLDP neighbour coreswitch is the polled switch CoreSwitch"));
        guests.forEach((mac, node) -> assertThat(fdb).filteredOn(o -> o.mac().equals(mac))
                .singleElement().satisfies(o -> assertThat(o.evidence())
                        .containsEntry(Evidence.SWITCH, "aruba")
                        .hasEntrySatisfying(LocationEvidence.LOCATION, why -> assertThat(why)
                                .startsWith("hypervisor port of " + node + ": "))));

        Set<String> expected = new HashSet<>();
        for (Map.Entry<String, String> sw : SWITCHES.entrySet()) {
            for (String row : ExpectedLocations.of(sw.getValue())) {
                String[] f = row.split("\t");
                if (f[3].equals("located")) {
                    expected.add(f[0] + " " + sw.getKey() + " " + f[2]);
                }
            }
        }
        arubaHypervisorRows().forEach(expected::add);
        Map<MacAddress, Integer> placements = new HashMap<>();
        Set<String> actual = new HashSet<>();
        for (Observation o : fdb) {
            if (o.evidence().containsKey(Evidence.PORT)) {
                placements.merge(o.mac(), 1, Integer::sum);
                actual.add(o.mac() + " " + o.evidence().get(Evidence.SWITCH) + " " + o.evidence().get(Evidence.PORT));
                assertThat(o.source()).isEqualTo("snmp:" + o.evidence().get(Evidence.SWITCH));
            }
        }
        assertThat(placements.values()).allMatch(n -> n == 1);
        assertThat(actual).isEqualTo(expected);
    }

    /** The VMware MACs (00:50:56) the fixture has on Aruba ports 1/1/43-48, by the host LLDP names there. */
    private static Map<MacAddress, String> arubaGuests() throws Exception {
        Map<MacAddress, String> out = new HashMap<>();
        for (String row : ExpectedLocations.of("arubaos-cx")) {
            String[] f = row.split("\t");
            if (f[2].matches("1/1/4[3-8]") && f[0].startsWith("00:50:56")) {
                out.put(MacAddress.of(f[0]), "vmhost-" + (Integer.parseInt(f[2].substring(4)) - 13));
            }
        }
        assertThat(out).hasSize(14);
        return out;
    }

    private static List<String> arubaHypervisorRows() throws Exception {
        List<String> out = new ArrayList<>();
        for (String row : ExpectedLocations.of("arubaos-cx")) {
            String[] f = row.split("\t");
            if (f[2].matches("1/1/4[3-8]")) {
                out.add(f[0] + " aruba " + f[2]);
            }
        }
        return out;
    }
}
