package org.netboxauto.discovery.snmp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.netboxauto.core.location.Neighbour;
import org.netboxauto.core.location.NeighbourRole;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;

/**
 * LLDP and CDP neighbours by the ifIndex they were heard on. LLDP rows are indexed
 * {@code timeMark.localPortNum.remIndex}; MikroTik uses one number, which names no local port, so
 * those neighbours are counted but placed on no port.
 */
record NeighbourTable(Map<Integer, List<Neighbour>> byIfIndex, int unplaced, List<Heard> heard,
                      List<ManagementAddress> addresses) {

    /** A neighbour with the port it spoke from, as far as the switch says, for cabling switch to switch. */
    record Heard(int ifIndex, Neighbour neighbour, Optional<String> port, Optional<String> portDescription,
                 Optional<String> managementIp) {
    }

    static NeighbourTable read(SnmpClient client, PortTable ports) throws SnmpException, InterruptedException {
        Map<Integer, List<Neighbour>> out = new HashMap<>();
        int unplaced = 0;
        Map<List<Integer>, Variable> chassis = column(client, SnmpOids.LLDP_REM_CHASSIS_ID);
        Map<List<Integer>, Variable> subtypes = column(client, SnmpOids.LLDP_REM_CHASSIS_SUBTYPE);
        Map<List<Integer>, Variable> names = column(client, SnmpOids.LLDP_REM_SYS_NAME);
        Map<List<Integer>, Variable> caps = column(client, SnmpOids.LLDP_REM_CAPS_ENABLED);
        Set<List<Integer>> rows = new HashSet<>(chassis.keySet());
        rows.addAll(names.keySet());
        rows.addAll(caps.keySet());
        Map<Integer, Integer> localPorts = rows.isEmpty() ? Map.of() : localPortIfIndex(client, ports);
        List<VariableBinding> manAddr = rows.isEmpty() ? List.of() : client.walk(SnmpOids.LLDP_REM_MAN_ADDR_IF_SUBTYPE);
        RemotePorts remote = rows.isEmpty() ? RemotePorts.NONE : RemotePorts.readLldp(client, manAddr);
        List<Heard> heard = new ArrayList<>();
        List<ManagementAddress> addresses = ManagementAddress.read(manAddr, chassis, subtypes, names, localPorts);
        for (List<Integer> row : rows) {
            Set<String> ids = new HashSet<>();
            int subtype = Optional.ofNullable(subtypes.get(row)).flatMap(SnmpValues::integer).orElse(0);
            Optional.ofNullable(chassis.get(row)).flatMap(v -> SnmpValues.chassisId(subtype, v)).ifPresent(ids::add);
            Optional.ofNullable(names.get(row)).flatMap(SnmpValues::text).ifPresent(ids::add);
            Set<NeighbourRole> roles = caps.containsKey(row) ? SnmpValues.lldpRoles(caps.get(row)) : Set.of();
            Neighbour n = new Neighbour("lldp", roles, ids);
            Integer ifIndex = row.size() == 3 ? localPorts.get(row.get(1)) : null;
            if (ifIndex == null) {
                unplaced++;
            } else {
                out.computeIfAbsent(ifIndex, k -> new ArrayList<>()).add(n);
                heard.add(new Heard(ifIndex, n, remote.port(row), remote.description(row),
                        remote.managementIp(row)));
            }
        }
        readCdp(client, out, heard);
        return new NeighbourTable(out, unplaced, heard, addresses);
    }

    /**
     * lldpLocPortNum to ifIndex: by the local port's id or description naming an interface, else as
     * a bridge port (LLDP-MIB's definition), else as an ifIndex.
     */
    private static Map<Integer, Integer> localPortIfIndex(SnmpClient client, PortTable ports)
            throws SnmpException, InterruptedException {
        Map<String, Integer> ifIndexByName = new HashMap<>();
        ports.names().forEach((ifIndex, name) -> ifIndexByName.putIfAbsent(name.toLowerCase(Locale.ROOT), ifIndex));
        Map<Integer, String> portIds = PortTable.texts(client, SnmpOids.LLDP_LOC_PORT_ID);
        Map<Integer, String> portDescs = PortTable.texts(client, SnmpOids.LLDP_LOC_PORT_DESC);
        Set<Integer> localPorts = new HashSet<>(portIds.keySet());
        localPorts.addAll(portDescs.keySet());
        localPorts.addAll(ports.bridgePortIfIndex().keySet());
        localPorts.addAll(ports.names().keySet());
        Map<Integer, Integer> out = new HashMap<>();
        for (int local : localPorts) {
            Integer byName = null;
            for (String text : new String[] {portIds.get(local), portDescs.get(local)}) {
                if (byName == null && text != null) {
                    byName = ifIndexByName.get(text.toLowerCase(Locale.ROOT));
                }
            }
            if (byName != null) {
                out.put(local, byName);
            } else if (ports.bridgePortIfIndex().containsKey(local)) {
                out.put(local, ports.bridgePortIfIndex().get(local));
            } else if (ports.names().containsKey(local)) {
                out.put(local, local);
            }
        }
        return out;
    }

    private static void readCdp(SnmpClient client, Map<Integer, List<Neighbour>> out, List<Heard> heard)
            throws SnmpException, InterruptedException {
        Map<List<Integer>, Variable> devices = column(client, SnmpOids.CDP_DEVICE_ID);
        if (devices.isEmpty()) {
            return;
        }
        Map<List<Integer>, Variable> platforms = column(client, SnmpOids.CDP_PLATFORM);
        Map<List<Integer>, Variable> caps = column(client, SnmpOids.CDP_CAPABILITIES);
        RemotePorts remote = RemotePorts.readCdp(client);
        for (Map.Entry<List<Integer>, Variable> e : devices.entrySet()) {
            if (e.getKey().size() != 2) {
                continue;
            }
            String platform = Optional.ofNullable(platforms.get(e.getKey())).flatMap(SnmpValues::text).orElse("");
            Set<String> ids = new HashSet<>();
            SnmpValues.text(e.getValue()).ifPresent(ids::add);
            Neighbour n = new Neighbour("cdp", SnmpValues.cdpRoles(caps.get(e.getKey()), platform), ids);
            out.computeIfAbsent(e.getKey().get(0), k -> new ArrayList<>()).add(n);
            heard.add(new Heard(e.getKey().get(0), n, remote.port(e.getKey()), Optional.empty(),
                    remote.managementIp(e.getKey())));
        }
    }

    static Map<List<Integer>, Variable> column(SnmpClient client, OID column)
            throws SnmpException, InterruptedException {
        Map<List<Integer>, Variable> out = new HashMap<>();
        for (VariableBinding vb : client.walk(column)) {
            int[] index = SnmpValues.index(vb.getOid(), column);
            if (index.length > 0) {
                out.putIfAbsent(Arrays.stream(index).boxed().toList(), vb.getVariable());
            }
        }
        return out;
    }
}
