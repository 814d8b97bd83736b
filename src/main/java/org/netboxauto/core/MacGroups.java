package org.netboxauto.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Union-find over MACs: the NICs one source says belong to one machine end up in one group. */
final class MacGroups {

    private final Map<MacAddress, MacAddress> parent = new HashMap<>();

    void add(MacAddress mac) {
        parent.putIfAbsent(mac, mac);
    }

    void join(MacAddress a, MacAddress b) {
        MacAddress ra = root(a);
        MacAddress rb = root(b);
        if (!ra.equals(rb)) {
            parent.put(rb, ra);
        }
    }

    private MacAddress root(MacAddress mac) {
        MacAddress p = parent.computeIfAbsent(mac, m -> m);
        while (!p.equals(parent.get(p))) {
            MacAddress grand = parent.get(parent.get(p));
            parent.put(p, grand);
            p = grand;
        }
        return p;
    }

    /** Observations bucketed per group, groups in order of first appearance. */
    static List<List<Observation>> groupsOf(List<Observation> observations) {
        MacGroups groups = new MacGroups();
        Map<String, MacAddress> firstOfGroup = new HashMap<>();
        for (Observation o : observations) {
            groups.add(o.mac());
            o.group().ifPresent(g -> groups.join(firstOfGroup.computeIfAbsent(o.source() + "\u0000" + g,
                    k -> o.mac()), o.mac()));
        }
        Map<MacAddress, List<Observation>> byRoot = new LinkedHashMap<>();
        for (Observation o : observations) {
            byRoot.computeIfAbsent(groups.root(o.mac()), r -> new ArrayList<>()).add(o);
        }
        return new ArrayList<>(byRoot.values());
    }
}
