package org.netboxauto.discovery.snmp;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;

/**
 * Which port of the neighbour an LLDP or CDP row came from, and the neighbour's management
 * address, by the row's index. A port id that is a MAC or an address names no port and is dropped.
 */
record RemotePorts(Map<List<Integer>, String> ports, Map<List<Integer>, String> descriptions,
                   Map<List<Integer>, String> addresses) {

    static final RemotePorts NONE = new RemotePorts(Map.of(), Map.of(), Map.of());

    /** lldpRemPortIdSubtype macAddress(3) and networkAddress(4). */
    private static final List<Integer> NOT_A_PORT_NAME = List.of(3, 4);

    /** {@code manAddrColumn}: the walked lldpRemManAddrIfSubtype column, whose rows' indexes hold the addresses. */
    static RemotePorts readLldp(SnmpClient client, List<VariableBinding> manAddrColumn)
            throws SnmpException, InterruptedException {
        Map<List<Integer>, Variable> subtypes = NeighbourTable.column(client, SnmpOids.LLDP_REM_PORT_ID_SUBTYPE);
        Map<List<Integer>, String> ports = new HashMap<>();
        NeighbourTable.column(client, SnmpOids.LLDP_REM_PORT_ID).forEach((row, v) -> {
            int subtype = Optional.ofNullable(subtypes.get(row)).flatMap(SnmpValues::integer).orElse(0);
            if (!NOT_A_PORT_NAME.contains(subtype)) {
                SnmpValues.text(v).filter(RemotePorts::printable).ifPresent(t -> ports.put(row, t));
            }
        });
        Map<List<Integer>, String> descriptions = new HashMap<>();
        NeighbourTable.column(client, SnmpOids.LLDP_REM_PORT_DESC)
                .forEach((row, v) -> SnmpValues.text(v).ifPresent(t -> descriptions.put(row, t)));
        Map<List<Integer>, String> addresses = new HashMap<>();
        for (VariableBinding vb : manAddrColumn) {
            // timeMark.localPort.remIndex.addrSubtype.addrLength.address…; subtype 1 is IPv4
            int[] index = SnmpValues.index(vb.getOid(), SnmpOids.LLDP_REM_MAN_ADDR_IF_SUBTYPE);
            if (index.length == 9 && index[3] == 1 && index[4] == 4) {
                List<Integer> row = Arrays.stream(index, 0, 3).boxed().toList();
                ArpTable.address(index, 5, 4).ifPresent(ip -> addresses.putIfAbsent(row, ip));
            }
        }
        return new RemotePorts(ports, descriptions, addresses);
    }

    static RemotePorts readCdp(SnmpClient client) throws SnmpException, InterruptedException {
        Map<List<Integer>, String> ports = new HashMap<>();
        NeighbourTable.column(client, SnmpOids.CDP_DEVICE_PORT)
                .forEach((row, v) -> SnmpValues.text(v).filter(RemotePorts::printable).ifPresent(t -> ports.put(row, t)));
        Map<List<Integer>, Variable> types = NeighbourTable.column(client, SnmpOids.CDP_ADDRESS_TYPE);
        Map<List<Integer>, String> addresses = new HashMap<>();
        NeighbourTable.column(client, SnmpOids.CDP_ADDRESS).forEach((row, v) -> {
            boolean ip = Optional.ofNullable(types.get(row)).flatMap(SnmpValues::integer).orElse(1) == 1;
            if (ip && v instanceof OctetString s && s.length() == 4) {
                byte[] b = s.getValue();
                ArpTable.address(new int[] {b[0] & 0xFF, b[1] & 0xFF, b[2] & 0xFF, b[3] & 0xFF}, 0, 4)
                        .ifPresent(a -> addresses.put(row, a));
            }
        });
        return new RemotePorts(ports, Map.of(), addresses);
    }

    Optional<String> port(List<Integer> row) {
        return Optional.ofNullable(ports.get(row));
    }

    Optional<String> description(List<Integer> row) {
        return Optional.ofNullable(descriptions.get(row));
    }

    Optional<String> managementIp(List<Integer> row) {
        return Optional.ofNullable(addresses.get(row));
    }

    /** A port id with control characters or none at all is a binary id, not a name. */
    private static boolean printable(String text) {
        return !text.isBlank() && text.chars().allMatch(c -> c >= 0x20 && c < 0x7F);
    }
}
