package org.netboxauto.discovery.snmp;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.netboxauto.core.location.Neighbour;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.VariableBinding;

/**
 * Who the switch is: sysName, its bridge address and LLDP chassis id, and the configured host,
 * so other switches' neighbour rows can be matched to it.
 */
record SwitchIdentity(Optional<String> sysName, boolean juniper, Set<String> ids) {

    static SwitchIdentity read(SnmpClient client, String host) throws SnmpException, InterruptedException {
        Set<String> ids = new LinkedHashSet<>();
        Optional<String> sysName = first(client, SnmpOids.SYS_NAME).flatMap(vb -> SnmpValues.text(vb.getVariable()))
                .filter(n -> !n.equals("<private>"));
        sysName.ifPresent(ids::add);
        boolean juniper = first(client, SnmpOids.SYS_OBJECT_ID)
                .map(vb -> vb.getVariable() instanceof OID o && o.startsWith(SnmpOids.JUNIPER)).orElse(false);
        first(client, SnmpOids.BRIDGE_ADDRESS).flatMap(vb -> SnmpValues.mac(vb.getVariable()))
                .ifPresent(m -> ids.add(m.toString()));
        first(client, SnmpOids.LLDP_LOC_CHASSIS_ID).flatMap(vb -> SnmpValues.chassisId(0, vb.getVariable()))
                .ifPresent(ids::add);
        ids.add(host);
        Set<String> clean = new LinkedHashSet<>();
        ids.stream().map(Neighbour::cleanId).filter(s -> !s.isEmpty()).forEach(clean::add);
        return new SwitchIdentity(sysName, juniper, clean);
    }

    private static Optional<VariableBinding> first(SnmpClient client, OID column)
            throws SnmpException, InterruptedException {
        return client.walk(column).stream().findFirst();
    }
}
