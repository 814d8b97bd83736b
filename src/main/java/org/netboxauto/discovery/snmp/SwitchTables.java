package org.netboxauto.discovery.snmp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netboxauto.config.SnmpSource.PerVlan;
import org.netboxauto.core.MacAddress;

/** Everything read from one switch, before it becomes observations. */
record SwitchTables(SwitchIdentity identity, PortTable ports, List<FdbRow> fdb, NeighbourTable neighbours,
                    ArpTable arp, PerVlanTables perVlan, int selfRows, int invalidRows) {

    static SwitchTables read(SnmpClient client, String host, PerVlan perVlan, Progress progress)
            throws SnmpException, InterruptedException {
        SwitchIdentity identity = SwitchIdentity.read(client, host);
        // the per-VLAN probe's wait (ADR 13) runs behind the walks that need no VLAN
        PerVlanTables.Pending pending = PerVlanTables.start(client, perVlan);
        PortTable ports = PortTable.read(client);
        progress.report("read " + ports.names().size() + " interfaces, " + ports.bridgePortIfIndex().size()
                + " bridge ports");
        ForwardingTable table = ForwardingTable.read(client, !identity.juniper());
        ArpTable arp = ArpTable.read(client);
        ForwardingTable.Counts counts = new ForwardingTable.Counts();
        PerVlanTables vlans = pending.read(client, counts);
        if (vlans.notIndexed()) {
            progress.report("per-VLAN forwarding tables " + vlans.skipped().orElse("not indexed")
                    + "; reading the plain table only");
        }
        List<FdbRow> fdb = merge(table.rows(), vlans);
        if (!vlans.bridgePortIfIndex().isEmpty()) {
            Map<Integer, Integer> bridgePorts = new HashMap<>(ports.bridgePortIfIndex());
            vlans.bridgePortIfIndex().forEach(bridgePorts::putIfAbsent);
            ports = new PortTable(bridgePorts, ports.names(), ports.aliases(), ports.operStatus(), ports.lags(),
                    ports.trunks(), ports.lagOf());
        }
        progress.report("read " + fdb.size() + " forwarding entries" + (vlans.vlans().isEmpty() ? ""
                : " (" + vlans.vlans().size() + " per-VLAN tables)"));
        NeighbourTable neighbours = NeighbourTable.read(client, ports);
        progress.report("read " + neighbours.byIfIndex().values().stream().mapToInt(List::size).sum()
                + " LLDP/CDP neighbours, " + arp.rows().size() + " ARP entries");
        return new SwitchTables(identity, ports, fdb, neighbours, arp, vlans, table.self() + counts.self,
                table.invalid() + counts.invalid + arp.invalid());
    }

    /** The plain table, with rows of MACs that a per-VLAN table holds replaced by the per-VLAN rows. */
    private static List<FdbRow> merge(List<FdbRow> plain, PerVlanTables vlans) {
        if (vlans.rows().isEmpty()) {
            return plain;
        }
        Set<MacAddress> perVlan = new HashSet<>();
        vlans.rows().forEach(r -> perVlan.add(r.mac()));
        List<FdbRow> out = new ArrayList<>(vlans.rows());
        plain.stream().filter(r -> !perVlan.contains(r.mac())).forEach(out::add);
        return out;
    }

    /** Where progress lines go. */
    interface Progress {
        void report(String line);
    }
}
