package org.netboxauto.core.location;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.netboxauto.core.MacAddress;

/**
 * Decides whether a port faces another switch. A neighbour that is a polled switch (or says it
 * bridges or routes and is no phone or access point), a LAG or trunk, or more MACs than the
 * threshold make an uplink; a hypervisor's own guests do not count against the threshold. A LAG
 * whose members the switch names, with no switch on any member and no more MACs than the
 * threshold, leads to a host (a bond): an access LAG.
 */
final class UplinkRules {

    private final KnownDevices known;
    private final int threshold;

    UplinkRules(KnownDevices known, int threshold) {
        this.known = known;
        this.threshold = threshold;
    }

    PortVerdict judge(PortKey key, PortFacts facts) {
        for (Neighbour n : facts.neighbours()) {
            Optional<String> polled = known.polledSwitch(n.ids(), key.switchName());
            if (polled.isPresent()) {
                return PortVerdict.uplink(n.protocol().toUpperCase(Locale.ROOT) + " neighbour "
                        + n.label() + " is the polled switch " + polled.get());
            }
            if (n.forwards() && !known.isHypervisor(n.ids())) {
                return PortVerdict.uplink(n.protocol().toUpperCase(Locale.ROOT) + " neighbour " + n.label()
                        + " is a " + (n.roles().contains(NeighbourRole.BRIDGE) ? "bridge" : "router"));
            }
        }
        for (MacAddress mac : facts.macs()) {
            Optional<String> polled = known.polledSwitch(Set.of(mac.toString()), key.switchName());
            if (polled.isPresent()) {
                return PortVerdict.uplink("learns the MAC of the polled switch " + polled.get());
            }
        }
        Optional<Map.Entry<String, Integer>> node = dominantNode(facts);
        int macs = facts.macs().size();
        int unexplained = macs - node.map(Map.Entry::getValue).orElse(0);
        if (node.isPresent() && unexplained <= threshold) {
            return PortVerdict.access("hypervisor port of " + node.get().getKey() + ": " + macs + " MACs, "
                    + node.get().getValue() + " of them its guests");
        }
        if (facts.kinds().equals(Set.of(LocationEvidence.KIND_LAG)) && facts.lagMembers().isPresent()
                && unexplained <= threshold) {
            // a bond to a host: its members hear no switch (any that did made it an uplink above)
            return PortVerdict.accessLag("access LAG (members " + facts.lagMembers().get().replace(",", ", ") + "): "
                    + macs + (macs == 1 ? " MAC" : " MACs") + ", no switch neighbour on any member");
        }
        if (!facts.kinds().isEmpty()) {
            return PortVerdict.uplink(String.join("/", facts.kinds()).toUpperCase(Locale.ROOT) + " port");
        }
        if (unexplained > threshold) {
            return PortVerdict.uplink(macs + " MACs" + (node.isPresent() ? " (" + unexplained + " not guests of "
                    + node.get().getKey() + ")" : "") + ", more than uplink-mac-threshold " + threshold);
        }
        return PortVerdict.access("access port: " + macs + (macs == 1 ? " MAC" : " MACs"));
    }

    /** The hypervisor with the most guests on the port (the first name on a tie); other guests count as unexplained. */
    private Optional<Map.Entry<String, Integer>> dominantNode(PortFacts facts) {
        Map<String, Integer> guests = new HashMap<>();
        for (MacAddress mac : facts.macs()) {
            known.nodeOfGuest(mac).ifPresent(n -> guests.merge(n, 1, Integer::sum));
        }
        return guests.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(e -> Map.entry(e.getKey(), e.getValue()));
    }
}
