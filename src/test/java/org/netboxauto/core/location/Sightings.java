package org.netboxauto.core.location;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netboxauto.core.Evidence;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;

/** Builds the observations switches and hypervisors report, for port-location tests. */
final class Sightings {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private Sightings() {
    }

    static Observation fdb(String sw, String port, String mac, Map<String, String> extra) {
        Map<String, String> e = new HashMap<>(extra);
        e.put(Evidence.TABLE, LocationEvidence.TABLE_FDB);
        e.put(Evidence.SWITCH, sw);
        e.put(Evidence.PORT, port);
        e.put(Evidence.VLAN, "10");
        e.putIfAbsent(LocationEvidence.SWITCH_IDS, sw);
        return new Observation("snmp:" + sw, NOW, MacAddress.of(mac), List.of(), Optional.empty(), Optional.empty(), e);
    }

    static Observation fdb(String sw, String port, String mac) {
        return fdb(sw, port, mac, Map.of());
    }

    static Observation guest(String node, String vmid, String mac) {
        return new Observation("proxmox:cluster", NOW, MacAddress.of(mac), List.of(), Optional.empty(),
                Optional.of(vmid), Map.of(Evidence.NODE, node, Evidence.VMID, vmid));
    }

    static String mac(int i) {
        return String.format("02:00:00:00:%02x:%02x", i / 256, i % 256);
    }

    static Map<String, String> neighbour(String protocol, String id, NeighbourRole... roles) {
        return Map.of(LocationEvidence.NEIGHBOURS, Neighbour.encodeAll(List.of(
                new Neighbour(protocol, java.util.Set.of(roles), java.util.Set.of(id)))));
    }
}
