package org.netboxauto.discovery.snmp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.netboxauto.core.IpLiterals;
import org.netboxauto.core.location.Neighbour;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.VariableBinding;

/**
 * Who the switch is: sysName, its bridge address and LLDP chassis id, and the configured host,
 * so other switches' neighbour rows can be matched to it; its chassis serials and management
 * addresses, so it can be found in NetBox.
 */
record SwitchIdentity(Optional<String> sysName, boolean juniper, Set<String> ids, List<String> serials,
                      List<String> managementIps) {

    /** entPhysicalClass chassis(3). */
    private static final int CHASSIS = 3;

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
        return new SwitchIdentity(sysName, juniper, clean, serials(client), managementIps(client, host));
    }

    /** Chassis serials first (a stack has one per member), then any other entity's, in index order. */
    private static List<String> serials(SnmpClient client) throws SnmpException, InterruptedException {
        Map<Integer, Integer> classes = PortTable.integers(client, SnmpOids.ENT_PHYSICAL_CLASS);
        Map<Integer, String> serials = new TreeMap<>(PortTable.texts(client, SnmpOids.ENT_PHYSICAL_SERIAL));
        List<String> chassis = new ArrayList<>();
        List<String> others = new ArrayList<>();
        serials.forEach((index, serial) -> {
            if (!serial.equals("<private>") && !serial.contains(" ")) {
                (classes.getOrDefault(index, 0) == CHASSIS ? chassis : others).add(serial);
            }
        });
        Set<String> out = new LinkedHashSet<>(chassis);
        out.addAll(others);
        return List.copyOf(out);
    }

    /** The configured host when it is an address, and the IPv4 addresses LLDP announces for the switch. */
    private static List<String> managementIps(SnmpClient client, String host) throws SnmpException, InterruptedException {
        Set<String> out = new LinkedHashSet<>();
        // a loopback address is where a test or a tunnel reaches the switch, not an address of the switch
        if (IpLiterals.isLiteral(host) && !IpLiterals.parse(host).isLoopbackAddress()) {
            out.add(IpLiterals.parse(host).getHostAddress());
        }
        for (VariableBinding vb : client.walk(SnmpOids.LLDP_LOC_MAN_ADDR_IF_SUBTYPE)) {
            // addrSubtype.addrLength.address…; subtype 1 is IPv4
            int[] index = SnmpValues.index(vb.getOid(), SnmpOids.LLDP_LOC_MAN_ADDR_IF_SUBTYPE);
            if (index.length == 6 && index[0] == 1 && index[1] == 4) {
                out.add(index[2] + "." + index[3] + "." + index[4] + "." + index[5]);
            }
        }
        return List.copyOf(out);
    }

    private static Optional<VariableBinding> first(SnmpClient client, OID column)
            throws SnmpException, InterruptedException {
        return client.walk(column).stream().findFirst();
    }
}
