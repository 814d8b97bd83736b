package org.netboxauto.core.location;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.netboxauto.core.Evidence;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.core.SourceKind;

/** The polled switches and the hypervisors' guests of one run, as far as its observations tell. */
final class KnownDevices {

    private final Map<String, String> switchById = new HashMap<>();
    private final Map<MacAddress, String> nodeOfGuest = new HashMap<>();
    private final Set<String> nodes = new HashSet<>();

    static KnownDevices of(Iterable<Observation> observations) {
        KnownDevices known = new KnownDevices();
        for (Observation o : observations) {
            if (PortLocator.isForwardingRow(o)) {
                String sw = o.evidence().get(Evidence.SWITCH);
                String ids = o.evidence().getOrDefault(LocationEvidence.SWITCH_IDS,
                        sw == null ? null : Neighbour.cleanId(sw));
                if (sw != null && ids != null) {
                    for (String id : ids.split("\\+")) {
                        if (!id.isBlank()) {
                            forms(id).forEach(f -> known.switchById.putIfAbsent(f, sw));
                        }
                    }
                }
            } else if (o.kind() == SourceKind.PROXMOX) {
                String node = o.evidence().get(Evidence.NODE);
                if (node != null) {
                    known.nodes.add(node.toLowerCase(Locale.ROOT));
                    if (o.evidence().containsKey(Evidence.VMID)) {
                        known.nodeOfGuest.put(o.mac(), node);
                    }
                }
            }
        }
        return known;
    }

    /** The polled switch other than {@code self} that one of the ids names. */
    Optional<String> polledSwitch(Set<String> ids, String self) {
        for (String id : ids) {
            for (String form : forms(id)) {
                String sw = switchById.get(form);
                if (sw != null && !sw.equals(self)) {
                    return Optional.of(sw);
                }
            }
        }
        return Optional.empty();
    }

    boolean isHypervisor(Set<String> ids) {
        return ids.stream().anyMatch(id -> forms(id).stream().anyMatch(nodes::contains));
    }

    Optional<String> nodeOfGuest(MacAddress mac) {
        return Optional.ofNullable(nodeOfGuest.get(mac));
    }

    /** An id, and for a DNS name also its first label: LLDP often carries the FQDN, sysName the short name. */
    private static Set<String> forms(String id) {
        int dot = id.indexOf('.');
        if (dot > 0 && Character.isLetter(id.charAt(0))) {
            return Set.of(id, id.substring(0, dot));
        }
        return Set.of(id);
    }
}
