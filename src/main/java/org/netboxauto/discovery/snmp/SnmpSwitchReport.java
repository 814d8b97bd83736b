package org.netboxauto.discovery.snmp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.netboxauto.config.SnmpSource;
import org.netboxauto.core.topology.SwitchLink;
import org.netboxauto.core.topology.SwitchPort;
import org.netboxauto.core.topology.SwitchReport;

/** One switch's identity and neighbours as the {@link SwitchReport} a push cables switches by. */
final class SnmpSwitchReport {

    private SnmpSwitchReport() {
    }

    static SwitchReport of(SnmpSource source, String configKey, SwitchTables t) {
        PortTable ports = t.ports();
        List<SwitchLink> links = new ArrayList<>();
        for (NeighbourTable.Heard h : t.neighbours().heard()) {
            if (ports.names().containsKey(h.ifIndex())) {
                links.add(new SwitchLink(ports.name(h.ifIndex()), h.neighbour().protocol(), h.neighbour().ids(), h.port(),
                        h.portDescription(), h.managementIp(), h.neighbour().forwards()));
            }
        }
        Map<String, String> lagOf = new HashMap<>();
        ports.lagOf().forEach((member, lag) -> {
            if (ports.names().containsKey(member) && ports.names().containsKey(lag)) {
                lagOf.put(ports.name(member), ports.name(lag));
            }
        });
        SwitchIdentity id = t.identity();
        return new SwitchReport(source.name(), configKey, source.netboxDevice(), id.sysName(), id.serials(),
                id.managementIps(), id.ids(), links, lagOf, bridgePorts(ports));
    }

    /** The named bridge ports in ifIndex order, up when ifOperStatus says up(1). */
    private static List<SwitchPort> bridgePorts(PortTable ports) {
        return ports.bridgePortIfIndex().values().stream().distinct().sorted()
                .filter(i -> ports.names().containsKey(i))
                .map(i -> new SwitchPort(ports.name(i), Integer.valueOf(1).equals(ports.operStatus().get(i))))
                .toList();
    }
}
