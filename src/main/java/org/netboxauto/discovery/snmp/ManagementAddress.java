package org.netboxauto.discovery.snmp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netboxauto.core.MacAddress;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;

/**
 * An IPv4 or IPv6 management address an LLDP neighbour announces, with the MAC its chassis id names. Rows are
 * lldpRemManAddrTable's, indexed {@code timeMark.localPortNum.remIndex.addrSubtype.addrLength.address…}; only
 * neighbours whose chassis id is a MAC (subtype 4) can be told by MAC, the others are left out.
 *
 * @param ifIndex the local port it was heard on, 0 when not known
 */
record ManagementAddress(MacAddress chassis, String ip, Optional<String> name, int ifIndex) {

    /** IANA address family numbers lldpRemManAddrSubtype uses. */
    private static final int IPV4 = 1;
    private static final int IPV6 = 2;

    /** From the walked lldpRemManAddrIfSubtype column, whose rows' indexes hold the addresses. */
    static List<ManagementAddress> read(List<VariableBinding> manAddrColumn, Map<List<Integer>, Variable> chassis,
            Map<List<Integer>, Variable> subtypes, Map<List<Integer>, Variable> names, Map<Integer, Integer> localPorts) {
        List<ManagementAddress> out = new ArrayList<>();
        for (VariableBinding vb : manAddrColumn) {
            int[] index = SnmpValues.index(vb.getOid(), SnmpOids.LLDP_REM_MAN_ADDR_IF_SUBTYPE);
            if (index.length < 5 || index.length != 5 + index[4]) {
                continue;
            }
            int family = index[3];
            int length = index[4];
            if (!(family == IPV4 && length == 4 || family == IPV6 && length == 16)) {
                continue;
            }
            List<Integer> row = List.of(index[0], index[1], index[2]);
            boolean macId = Optional.ofNullable(subtypes.get(row)).flatMap(SnmpValues::integer).orElse(0) == 4;
            Optional<MacAddress> mac = macId ? Optional.ofNullable(chassis.get(row)).flatMap(SnmpValues::mac)
                    : Optional.empty();
            Optional<String> ip = ArpTable.address(index, 5, length);
            if (mac.isPresent() && ip.isPresent()) {
                out.add(new ManagementAddress(mac.get(), ip.get(), Optional.ofNullable(names.get(row))
                        .flatMap(SnmpValues::text), localPorts.getOrDefault(index[1], 0)));
            }
        }
        return out;
    }
}
