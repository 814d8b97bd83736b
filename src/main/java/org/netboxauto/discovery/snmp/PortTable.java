package org.netboxauto.discovery.snmp;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.VariableBinding;

/**
 * The switch's interfaces and bridge ports: bridge port to ifIndex, ifIndex to a name (ifName,
 * else ifDescr), alias, and which interfaces are LAGs, LAG members or Cisco trunks.
 *
 * @param lagOf a LAG member's ifIndex → its LAG's ifIndex
 */
record PortTable(Map<Integer, Integer> bridgePortIfIndex, Map<Integer, String> names, Map<Integer, String> aliases,
                 Map<Integer, Integer> operStatus, Set<Integer> lags, Set<Integer> trunks, Map<Integer, Integer> lagOf) {

    static PortTable read(SnmpClient client) throws SnmpException, InterruptedException {
        Map<Integer, Integer> bridgePorts = integers(client, SnmpOids.BASE_PORT_IF_INDEX);
        Map<Integer, String> names = texts(client, SnmpOids.IF_NAME);
        texts(client, SnmpOids.IF_DESCR).forEach(names::putIfAbsent);
        Map<Integer, String> aliases = texts(client, SnmpOids.IF_ALIAS);
        Map<Integer, Integer> types = integers(client, SnmpOids.IF_TYPE);
        Map<Integer, Integer> oper = integers(client, SnmpOids.IF_OPER_STATUS);
        Set<Integer> lags = new HashSet<>();
        types.forEach((ifIndex, type) -> {
            if (type == SnmpOids.IF_TYPE_LAG) {
                lags.add(ifIndex);
            }
        });
        Map<Integer, Integer> lagOf = new HashMap<>();
        integers(client, SnmpOids.AGG_PORT_ATTACHED).forEach((member, aggregate) -> {
            if (aggregate != 0 && !aggregate.equals(member)) {
                lags.add(member);
                lagOf.put(member, aggregate);
            }
        });
        Set<Integer> trunks = new HashSet<>();
        integers(client, SnmpOids.VLAN_TRUNK_DYNAMIC_STATUS).forEach((ifIndex, status) -> {
            if (status == 1) {
                trunks.add(ifIndex);
            }
        });
        return new PortTable(bridgePorts, names, aliases, oper, lags, trunks, lagOf);
    }

    /** The ifIndex of a bridge port; when the switch has no bridge-port table its ports are ifIndexes. */
    Optional<Integer> ifIndexOfBridgePort(int bridgePort) {
        Integer ifIndex = bridgePortIfIndex.get(bridgePort);
        if (ifIndex == null && bridgePortIfIndex.isEmpty() && names.containsKey(bridgePort)) {
            return Optional.of(bridgePort);
        }
        return Optional.ofNullable(ifIndex).filter(i -> i > 0);
    }

    String name(int ifIndex) {
        return names.getOrDefault(ifIndex, "ifIndex " + ifIndex);
    }

    static Map<Integer, Integer> integers(SnmpClient client, OID column) throws SnmpException, InterruptedException {
        Map<Integer, Integer> out = new HashMap<>();
        for (VariableBinding vb : client.walk(column)) {
            int[] index = SnmpValues.index(vb.getOid(), column);
            if (index.length == 1) {
                SnmpValues.integer(vb.getVariable()).ifPresent(v -> out.putIfAbsent(index[0], v));
            }
        }
        return out;
    }

    static Map<Integer, String> texts(SnmpClient client, OID column) throws SnmpException, InterruptedException {
        Map<Integer, String> out = new HashMap<>();
        for (VariableBinding vb : client.walk(column)) {
            int[] index = SnmpValues.index(vb.getOid(), column);
            if (index.length == 1) {
                SnmpValues.text(vb.getVariable()).ifPresent(v -> out.putIfAbsent(index[0], v));
            }
        }
        return out;
    }
}
