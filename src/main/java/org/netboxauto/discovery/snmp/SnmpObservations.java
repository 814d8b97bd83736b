package org.netboxauto.discovery.snmp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.netboxauto.core.Evidence;
import org.netboxauto.core.Observation;
import org.netboxauto.core.location.LocationEvidence;
import org.netboxauto.core.location.Neighbour;

/**
 * One switch's tables as observations: a forwarding row per MAC, VLAN and port, carrying the
 * port facts port location needs; ARP rows as MAC+IP observations. Rows whose port cannot be
 * named (port 0, no ifIndex) are kept as sightings without a port.
 */
final class SnmpObservations {

    private static final String IF_INDEX = "if-index";
    private static final String BRIDGE_PORT = "bridge-port";
    private static final String PORT_ALIAS = "port-alias";
    private static final String PORT_STATUS = "port-status";

    private final String sourceId;
    private final String switchName;
    private final Instant now;

    SnmpObservations(String sourceId, String switchName, Instant now) {
        this.sourceId = sourceId;
        this.switchName = switchName;
        this.now = now;
    }

    List<Observation> map(SwitchTables t) {
        List<Observation> out = new ArrayList<>();
        // the configured name too: admins name a source after the switch, as its neighbours call it
        Set<String> idSet = new LinkedHashSet<>(t.identity().ids());
        idSet.add(Neighbour.cleanId(switchName));
        String ids = String.join("+", idSet);
        Set<String> seen = new HashSet<>();
        for (FdbRow row : t.fdb()) {
            if (t.identity().ids().contains(row.mac().toString())) {
                continue;
            }
            Map<String, String> e = new HashMap<>();
            e.put(Evidence.TABLE, LocationEvidence.TABLE_FDB);
            e.put(Evidence.SWITCH, switchName);
            e.put(LocationEvidence.SWITCH_IDS, ids);
            e.put(BRIDGE_PORT, Integer.toString(row.bridgePort()));
            row.vlan().ifPresent(v -> e.put(Evidence.VLAN, Integer.toString(v)));
            Optional<Integer> ifIndex = row.bridgePort() == 0 ? Optional.empty()
                    : t.ports().ifIndexOfBridgePort(row.bridgePort());
            if (row.bridgePort() == 0) {
                e.put(LocationEvidence.UNRESOLVED, "port 0: the switch itself or its CPU");
            } else if (ifIndex.isEmpty()) {
                e.put(LocationEvidence.UNRESOLVED, "bridge port " + row.bridgePort() + " has no ifIndex in"
                        + " dot1dBasePortIfIndex");
            } else {
                portFacts(t, ifIndex.get(), e);
            }
            if (seen.add(row.mac() + "|" + e.get(Evidence.VLAN) + "|" + e.get(Evidence.PORT) + "|" + row.bridgePort())) {
                out.add(new Observation(sourceId, now, row.mac(), List.of(), Optional.empty(), Optional.empty(), e));
            }
        }
        for (ArpTable.ArpRow row : t.arp().rows().values()) {
            Map<String, String> e = new HashMap<>();
            e.put(Evidence.TABLE, LocationEvidence.TABLE_ARP);
            if (row.ifIndex() > 0) {
                e.put(Evidence.INTERFACE, t.ports().name(row.ifIndex()));
            }
            out.add(new Observation(sourceId, now, row.mac(), List.of(row.ip()), Optional.empty(), Optional.empty(), e));
        }
        return out;
    }

    private static void portFacts(SwitchTables t, int ifIndex, Map<String, String> e) {
        PortTable ports = t.ports();
        e.put(Evidence.PORT, ports.name(ifIndex));
        e.put(IF_INDEX, Integer.toString(ifIndex));
        Optional.ofNullable(ports.aliases().get(ifIndex)).filter(a -> !a.equals("<private>"))
                .ifPresent(a -> e.put(PORT_ALIAS, a));
        Optional.ofNullable(ports.operStatus().get(ifIndex))
                .ifPresent(s -> e.put(PORT_STATUS, s == 1 ? "up" : s == 2 ? "down" : "status " + s));
        if (ports.lags().contains(ifIndex)) {
            e.put(LocationEvidence.PORT_KIND, LocationEvidence.KIND_LAG);
        } else if (ports.trunks().contains(ifIndex)) {
            e.put(LocationEvidence.PORT_KIND, LocationEvidence.KIND_TRUNK);
        }
        List<Neighbour> neighbours = new ArrayList<>(t.neighbours().byIfIndex().getOrDefault(ifIndex, List.of()));
        List<String> members = new ArrayList<>();
        ports.lagOf().forEach((member, lag) -> {
            if (lag == ifIndex) {
                members.add(ports.name(member));
                neighbours.addAll(t.neighbours().byIfIndex().getOrDefault(member, List.of()));
            }
        });
        if (!members.isEmpty()) {
            members.sort(null);
            e.put(LocationEvidence.LAG_MEMBERS, String.join(",", members));
        }
        if (!neighbours.isEmpty()) {
            e.put(LocationEvidence.NEIGHBOURS, Neighbour.encodeAll(neighbours));
        }
    }
}
