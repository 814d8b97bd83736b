package org.netboxauto.discovery.snmp;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.netboxauto.core.IpLiterals;
import org.netboxauto.core.MacAddress;
import org.snmp4j.smi.VariableBinding;

/**
 * IP-to-MAC pairs from ipNetToMediaTable (IPv4) and ipNetToPhysicalTable (IPv4 and IPv6, zoned or not), by IP. A
 * link-local IPv6 row becomes evidence of its MAC's observation, not an IP ({@link org.netboxauto.core.Observation}).
 */
record ArpTable(Map<String, ArpRow> rows, int invalid) {

    record ArpRow(String ip, MacAddress mac, int ifIndex) {
    }

    static ArpTable read(SnmpClient client) throws SnmpException, InterruptedException {
        Map<String, ArpRow> rows = new LinkedHashMap<>();
        int invalid = 0;
        for (VariableBinding vb : client.walk(SnmpOids.IP_NET_TO_MEDIA_PHYS)) {
            int[] index = SnmpValues.index(vb.getOid(), SnmpOids.IP_NET_TO_MEDIA_PHYS);
            Optional<String> ip = index.length == 5 ? address(index, 1, 4) : Optional.empty();
            invalid += add(rows, ip, SnmpValues.mac(vb.getVariable()), index.length > 0 ? index[0] : 0) ? 0 : 1;
        }
        for (VariableBinding vb : client.walk(SnmpOids.IP_NET_TO_PHYSICAL_PHYS)) {
            // ifIndex.addressType.length.address...; ipv4z and ipv6z (types 3, 4) end in a 4-octet zone index
            int[] index = SnmpValues.index(vb.getOid(), SnmpOids.IP_NET_TO_PHYSICAL_PHYS);
            int length = index.length >= 3 ? index[2] : -1;
            boolean zoned = index.length >= 3 && (index[1] == 3 && length == 8 || index[1] == 4 && length == 20);
            Optional<String> ip = index.length >= 3 && index.length == 3 + length
                    ? address(index, 3, zoned ? length - 4 : length) : Optional.empty();
            invalid += add(rows, ip, SnmpValues.mac(vb.getVariable()), index.length > 0 ? index[0] : 0) ? 0 : 1;
        }
        return new ArpTable(rows, invalid);
    }

    private static boolean add(Map<String, ArpRow> rows, Optional<String> ip, Optional<MacAddress> mac, int ifIndex) {
        if (ip.isEmpty() || mac.isEmpty()) {
            return false;
        }
        rows.putIfAbsent(ip.get(), new ArpRow(ip.get(), mac.get(), ifIndex));
        return true;
    }

    /** The canonical literal of a 4- or 16-octet address in an index. */
    static Optional<String> address(int[] index, int from, int length) {
        if ((length != 4 && length != 16) || index.length < from + length) {
            return Optional.empty();
        }
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            int v = index[from + i];
            if (v < 0 || v > 255) {
                return Optional.empty();
            }
            bytes[i] = (byte) v;
        }
        try {
            InetAddress address = InetAddress.getByAddress(bytes);
            return address.isAnyLocalAddress() ? Optional.empty() : Optional.of(IpLiterals.canonical(address));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
