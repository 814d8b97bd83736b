package org.netboxauto.core.names;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netboxauto.core.Host;
import org.netboxauto.core.IpOrder;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.core.SourceIds;
import org.netboxauto.core.SourceKind;

/** Picks the hosts of a run that no source names, and the one address each is asked by. */
public final class NamelessHosts {

    private NamelessHosts() {
    }

    /**
     * A MAC seen this run is nameless when no observation of it carries a name and its stored host has none
     * from a source other than the name lookups. Its lowest address (IPv4 first) is asked.
     */
    public static List<NameRequest> pick(List<Observation> observations, Collection<Host> previous) {
        Set<MacAddress> named = new HashSet<>();
        for (Observation o : observations) {
            if (o.hostname().isPresent() && o.kind() != SourceKind.NAMES) {
                named.add(o.mac());
            }
        }
        for (Host h : previous) {
            if (h.hostname().filter(n -> SourceIds.kind(n.source()) != SourceKind.NAMES).isPresent()) {
                named.addAll(h.macs());
            }
        }
        Map<MacAddress, String> lowest = new LinkedHashMap<>();
        for (Observation o : observations) {
            if (named.contains(o.mac()) || o.kind() == SourceKind.NAMES) {
                continue;
            }
            for (String ip : o.ips()) {
                lowest.merge(o.mac(), ip, (a, b) -> IpOrder.LITERALS.compare(a, b) <= 0 ? a : b);
            }
        }
        List<NameRequest> requests = new ArrayList<>(lowest.size());
        lowest.forEach((mac, ip) -> requests.add(new NameRequest(mac, ip)));
        return requests;
    }
}
