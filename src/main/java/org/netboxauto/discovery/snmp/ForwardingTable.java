package org.netboxauto.discovery.snmp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.netboxauto.core.MacAddress;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.VariableBinding;

/**
 * The MACs a switch learned: Q-BRIDGE rows (VLAN from dot1qVlanFdbId, else the FDB id itself),
 * plus BRIDGE-MIB rows of MACs Q-BRIDGE does not hold. Entries the switch marks {@code self}
 * are its own and are left out.
 *
 * @param invalid rows whose index is no unicast MAC
 */
record ForwardingTable(List<FdbRow> rows, int self, int invalid) {

    private static final int STATUS_SELF = 4;

    /** @param fdbIdIsVlan false for switches whose FDB id is an internal index (Junos) */
    static ForwardingTable read(SnmpClient client, boolean fdbIdIsVlan) throws SnmpException, InterruptedException {
        Counts counts = new Counts();
        Map<Integer, Integer> vlanOfFdb = vlanOfFdbId(client);
        List<FdbRow> rows = new ArrayList<>();
        Set<MacAddress> inQBridge = new HashSet<>();
        Map<String, Integer> qStatus = statuses(client, SnmpOids.DOT1Q_FDB_STATUS);
        for (VariableBinding vb : client.walk(SnmpOids.DOT1Q_FDB_PORT)) {
            int[] index = SnmpValues.index(vb.getOid(), SnmpOids.DOT1Q_FDB_PORT);
            Optional<MacAddress> mac = index.length >= 7
                    ? SnmpValues.macInIndex(index, SnmpValues.macStart(index, 1)) : Optional.empty();
            Optional<Integer> port = SnmpValues.integer(vb.getVariable());
            if (mac.isEmpty() || port.isEmpty()) {
                counts.invalid++;
                continue;
            }
            if (qStatus.getOrDefault(key(index), 0) == STATUS_SELF) {
                counts.self++;
                continue;
            }
            Optional<Integer> vlan = vlanOfFdb.isEmpty()
                    ? Optional.of(index[0]).filter(v -> fdbIdIsVlan && v >= 1 && v <= 4094)
                    : Optional.ofNullable(vlanOfFdb.get(index[0]));
            rows.add(new FdbRow(mac.get(), vlan, port.get()));
            inQBridge.add(mac.get());
        }
        rows.addAll(dot1d(client, Optional.empty(), inQBridge, counts));
        return new ForwardingTable(rows, counts.self, counts.invalid);
    }

    /** BRIDGE-MIB rows (of one Cisco per-VLAN instance when {@code vlan} is given) whose MAC is not in {@code skip}. */
    static List<FdbRow> dot1d(SnmpClient client, Optional<Integer> vlan, Set<MacAddress> skip, Counts counts)
            throws SnmpException, InterruptedException {
        Map<String, Integer> status = new HashMap<>();
        for (VariableBinding vb : client.walk(SnmpOids.DOT1D_FDB_STATUS, vlan)) {
            int[] index = SnmpValues.index(vb.getOid(), SnmpOids.DOT1D_FDB_STATUS);
            SnmpValues.integer(vb.getVariable()).ifPresent(s -> status.putIfAbsent(key(index), s));
        }
        List<FdbRow> rows = new ArrayList<>();
        for (VariableBinding vb : client.walk(SnmpOids.DOT1D_FDB_PORT, vlan)) {
            int[] index = SnmpValues.index(vb.getOid(), SnmpOids.DOT1D_FDB_PORT);
            Optional<MacAddress> mac = SnmpValues.macInIndex(index, SnmpValues.macStart(index, 0));
            Optional<Integer> port = SnmpValues.integer(vb.getVariable());
            if (mac.isEmpty() || port.isEmpty()) {
                counts.invalid++;
            } else if (status.getOrDefault(key(index), 0) == STATUS_SELF) {
                counts.self++;
            } else if (!skip.contains(mac.get())) {
                rows.add(new FdbRow(mac.get(), vlan, port.get()));
            }
        }
        return rows;
    }

    /** FDB id to VLAN, for FDB ids that serve exactly one VLAN (an FDB shared by VLANs names none). */
    private static Map<Integer, Integer> vlanOfFdbId(SnmpClient client) throws SnmpException, InterruptedException {
        Map<Integer, Integer> out = new HashMap<>();
        Set<Integer> shared = new HashSet<>();
        for (VariableBinding vb : client.walk(SnmpOids.DOT1Q_VLAN_FDB_ID)) {
            int[] index = SnmpValues.index(vb.getOid(), SnmpOids.DOT1Q_VLAN_FDB_ID);
            Optional<Integer> fdb = SnmpValues.integer(vb.getVariable());
            if (index.length == 2 && fdb.isPresent()) {
                Integer before = out.putIfAbsent(fdb.get(), index[1]);
                if (before != null && before != index[1]) {
                    shared.add(fdb.get());
                }
            }
        }
        shared.forEach(out::remove);
        return out;
    }

    private static Map<String, Integer> statuses(SnmpClient client, OID column)
            throws SnmpException, InterruptedException {
        Map<String, Integer> out = new HashMap<>();
        for (VariableBinding vb : client.walk(column)) {
            String key = key(SnmpValues.index(vb.getOid(), column));
            SnmpValues.integer(vb.getVariable()).ifPresent(s -> out.putIfAbsent(key, s));
        }
        return out;
    }

    private static String key(int[] index) {
        return Arrays.toString(index);
    }

    /** Rows left out while reading. */
    static final class Counts {
        int self;
        int invalid;
    }
}
