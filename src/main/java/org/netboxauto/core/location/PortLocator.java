package org.netboxauto.core.location;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.netboxauto.core.Evidence;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.core.SourceKind;

/**
 * Port location over every switch of a run: for each MAC the forwarding rows of all switches (SNMP
 * forwarding tables and the bridge host tables of MikroTik CRS switches read over RouterOS) are
 * weighed, uplinks are excluded, and of the access ports left the edge-most (the one with the
 * fewest MACs) is the location. Only the chosen row keeps switch/port/VLAN evidence, so the
 * correlator reads exactly one port per MAC; every row records why it won or lost.
 */
public final class PortLocator {

    private final int uplinkMacThreshold;

    public PortLocator(int uplinkMacThreshold) {
        if (uplinkMacThreshold < 1) {
            throw new IllegalArgumentException("uplink-mac-threshold must be at least 1, not " + uplinkMacThreshold);
        }
        this.uplinkMacThreshold = uplinkMacThreshold;
    }

    /** The observations in the same order, forwarding rows rewritten; all other observations unchanged. */
    public List<Observation> locate(List<Observation> observations) {
        Map<PortKey, PortFacts> ports = new HashMap<>();
        Map<MacAddress, List<Integer>> rowsByMac = new LinkedHashMap<>();
        for (int i = 0; i < observations.size(); i++) {
            Observation o = observations.get(i);
            PortKey key = portOf(o);
            if (key != null) {
                ports.computeIfAbsent(key, k -> new PortFacts()).add(o.mac(),
                        o.evidence().get(LocationEvidence.PORT_KIND), o.evidence().get(LocationEvidence.NEIGHBOURS),
                        o.evidence().get(LocationEvidence.LAG_MEMBERS));
                rowsByMac.computeIfAbsent(o.mac(), m -> new ArrayList<>()).add(i);
            }
        }
        if (rowsByMac.isEmpty()) {
            return observations;
        }
        UplinkRules rules = new UplinkRules(KnownDevices.of(observations), uplinkMacThreshold);
        Map<PortKey, PortVerdict> verdicts = new HashMap<>();
        ports.forEach((k, f) -> verdicts.put(k, rules.judge(k, f)));
        List<Observation> out = new ArrayList<>(observations);
        for (List<Integer> rows : rowsByMac.values()) {
            decide(observations, rows, ports, verdicts, out);
        }
        return out;
    }

    private static void decide(List<Observation> in, List<Integer> rows, Map<PortKey, PortFacts> ports,
            Map<PortKey, PortVerdict> verdicts, List<Observation> out) {
        Comparator<Integer> edgeMost = Comparator.<Integer>comparingInt(i -> ports.get(portOf(in.get(i))).macs().size())
                .thenComparing(i -> portOf(in.get(i)), PortKey.ORDER)
                .thenComparing(i -> vlanOf(in.get(i)));
        Integer chosen = rows.stream().filter(i -> !verdicts.get(portOf(in.get(i))).uplink()).min(edgeMost).orElse(null);
        Map<String, String> excluded = new TreeMap<>();
        for (Integer i : rows) {
            if (!i.equals(chosen)) {
                PortKey key = portOf(in.get(i));
                PortVerdict v = verdicts.get(key);
                String where = key + vlanText(in.get(i));
                excluded.merge(where, v.uplink() ? v.reason() : "not edge-most: " + v.reason(), (a, b) -> a);
            }
        }
        String excludedText = String.join("; ", excluded.entrySet().stream()
                .map(e -> e.getKey() + " (" + e.getValue() + ")").toList());
        for (Integer i : rows) {
            Observation o = in.get(i);
            Map<String, String> evidence = new HashMap<>(o.evidence());
            if (i.equals(chosen)) {
                evidence.put(LocationEvidence.LOCATION, verdicts.get(portOf(o)).reason());
            } else {
                evidence.put(LocationEvidence.SEEN_ON, portOf(o) + vlanText(o));
                evidence.remove(Evidence.SWITCH);
                evidence.remove(Evidence.PORT);
                evidence.remove(Evidence.VLAN);
                PortVerdict v = verdicts.get(portOf(o));
                evidence.put(LocationEvidence.LOCATION, (chosen == null ? "none, seen on uplinks only; " : "not here; ")
                        + (v.uplink() ? v.reason() : "not edge-most, " + v.reason()));
            }
            if (!excludedText.isEmpty()) {
                evidence.put(LocationEvidence.EXCLUDED, excludedText);
            }
            // the MACs an access LAG carries are the NICs of the one host it leads to: one host, not several
            Optional<String> group = i.equals(chosen) && verdicts.get(portOf(o)).accessLag() && o.group().isEmpty()
                    ? Optional.of("access-lag " + portOf(o)) : o.group();
            out.set(i, new Observation(o.source(), o.observedAt(), o.mac(), o.ips(), o.hostname(), group, evidence));
        }
    }

    /** The port of a resolved forwarding row of a switch (SNMP or RouterOS bridge hosts), or null. */
    static PortKey portOf(Observation o) {
        if (!isForwardingRow(o) || o.evidence().containsKey(LocationEvidence.UNRESOLVED)) {
            return null;
        }
        String sw = o.evidence().get(Evidence.SWITCH);
        String port = o.evidence().get(Evidence.PORT);
        return sw == null || port == null ? null : new PortKey(sw, port);
    }

    static boolean isForwardingRow(Observation o) {
        String table = o.evidence().get(Evidence.TABLE);
        return o.kind() == SourceKind.SNMP && LocationEvidence.TABLE_FDB.equals(table)
                || o.kind() == SourceKind.ROUTEROS && LocationEvidence.TABLE_BRIDGE_HOSTS.equals(table);
    }

    private static String vlanOf(Observation o) {
        return o.evidence().getOrDefault(Evidence.VLAN, "");
    }

    private static String vlanText(Observation o) {
        String vlan = vlanOf(o);
        return vlan.isEmpty() ? "" : " vlan " + vlan;
    }
}
