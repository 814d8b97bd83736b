package org.netboxauto.discovery.snmp;

import java.util.List;
import java.util.Optional;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.VariableBinding;

/** Reads subtrees of one switch. */
interface SnmpClient extends AutoCloseable {

    /**
     * Every binding under {@code column}, in the order the switch gives them, repeated OIDs dropped.
     *
     * @param vlan a Cisco per-VLAN table ({@code community@vlan}, or context {@code vlan-N} in v3), or empty
     */
    List<VariableBinding> walk(OID column, Optional<Integer> vlan) throws SnmpException, InterruptedException;

    default List<VariableBinding> walk(OID column) throws SnmpException, InterruptedException {
        return walk(column, Optional.empty());
    }

    /**
     * Whether the switch answers one small GET in a Cisco per-VLAN table's community or context
     * within one short try: a switch that does not index its tables so ignores it.
     */
    boolean answers(int vlan) throws SnmpException, InterruptedException;

    /** How a per-VLAN table is asked for, without the secret: "community@10" or "context vlan-10". */
    String perVlanName(int vlan);

    /** Rows asked per GETBULK now, after any lowering. */
    int maxRepetitions();

    @Override
    void close();
}
