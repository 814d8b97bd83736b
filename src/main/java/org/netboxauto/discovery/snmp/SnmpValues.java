package org.netboxauto.discovery.snmp;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.netboxauto.core.HostNames;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.location.NeighbourRole;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.Variable;

/** Decodes the untrusted values and indexes switches return; every method accepts any input. */
final class SnmpValues {

    private SnmpValues() {
    }

    /** A MAC held as 6 raw octets, or as text some switches return ({@code 00 11 22 ...}, {@code 0:11:22:...}). */
    static Optional<MacAddress> mac(Variable value) {
        if (!(value instanceof OctetString s)) {
            return Optional.empty();
        }
        byte[] b = s.getValue();
        if (b.length == 6) {
            return MacAddress.parse(HexFormat.of().formatHex(b));
        }
        if (b.length >= 12 && b.length <= 24) {
            String text = new String(b, StandardCharsets.US_ASCII).strip().replace(' ', ':');
            return MacAddress.parse(text);
        }
        return Optional.empty();
    }

    /** A MAC written as 6 decimal sub-identifiers of an index, starting at {@code from}. */
    static Optional<MacAddress> macInIndex(int[] index, int from) {
        if (from < 0 || index.length < from + 6) {
            return Optional.empty();
        }
        long bits = 0;
        for (int i = from; i < from + 6; i++) {
            if (index[i] < 0 || index[i] > 255) {
                return Optional.empty();
            }
            bits = bits << 8 | index[i];
        }
        return MacAddress.parse(String.format("%012x", bits));
    }

    /**
     * Where the MAC of an FDB index starts: at {@code from}, or one later when the switch wrote the
     * MacAddress index with a length sub-identifier ({@code 6.m1...m6}, AOS-CX and ZyNOS do).
     * Any other length is no MAC index.
     */
    static int macStart(int[] index, int from) {
        int rest = index.length - from;
        if (rest == 6) {
            return from;
        }
        return rest == 7 && index[from] == 6 ? from + 1 : -1;
    }

    /** A display string, cleaned of control characters; empty when nothing printable is left. */
    static Optional<String> text(Variable value) {
        if (value instanceof OctetString s) {
            String raw = new String(s.getValue(), StandardCharsets.UTF_8);
            if (raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")) {
                raw = raw.substring(1, raw.length() - 1);
            }
            return HostNames.clean(raw);
        }
        return Optional.empty();
    }

    static Optional<Integer> integer(Variable value) {
        if (value instanceof Integer32 i) {
            return Optional.of(i.getValue());
        }
        if (value == null || value.getSyntax() == 0 || value.isException()) {
            return Optional.empty();
        }
        try {
            long l = value.toLong();
            return l < Integer.MIN_VALUE || l > Integer.MAX_VALUE ? Optional.empty() : Optional.of((int) l);
        } catch (UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /** An LLDP chassis id: a MAC for subtype 4, text when printable, else hex. */
    static Optional<String> chassisId(int subtype, Variable value) {
        if (!(value instanceof OctetString s) || s.length() == 0) {
            return Optional.empty();
        }
        if (subtype == 4 || s.length() == 6) {
            Optional<MacAddress> mac = mac(value);
            if (mac.isPresent()) {
                return mac.map(MacAddress::toString);
            }
        }
        byte[] b = s.getValue();
        for (byte x : b) {
            if (x < 0x20 || x > 0x7E) {
                return Optional.of(HexFormat.of().formatHex(b));
            }
        }
        return text(value);
    }

    /**
     * lldpRemSysCapEnabled: BITS (an octet string, bit 0 the high bit of the first octet), or the
     * plain INTEGER MikroTik returns, bit 0 its lowest bit.
     */
    static Set<NeighbourRole> lldpRoles(Variable value) {
        int bits;
        if (value instanceof OctetString s) {
            byte[] b = hexText(s.getValue()).orElse(s.getValue());
            bits = 0;
            for (int i = 0; i < Math.min(b.length, 2); i++) {
                for (int bit = 0; bit < 8; bit++) {
                    if ((b[i] & (0x80 >> bit)) != 0) {
                        bits |= 1 << (i * 8 + bit);
                    }
                }
            }
        } else {
            bits = integer(value).orElse(0);
        }
        Set<NeighbourRole> roles = EnumSet.noneOf(NeighbourRole.class);
        if ((bits & 0x04) != 0) {
            roles.add(NeighbourRole.BRIDGE);
        }
        if ((bits & 0x08) != 0) {
            roles.add(NeighbourRole.ACCESS_POINT);
        }
        if ((bits & 0x10) != 0) {
            roles.add(NeighbourRole.ROUTER);
        }
        if ((bits & 0x20) != 0) {
            roles.add(NeighbourRole.PHONE);
        }
        if ((bits & 0x80) != 0) {
            roles.add(NeighbourRole.STATION);
        }
        return roles;
    }

    /**
     * Octets some switches (and recorders) return as net-snmp's display of BITS: hex octets, then
     * the numbers of the bits set ({@code "28 00 2 4"}). The leading two-digit tokens are the
     * octets; empty when the value is not such text.
     */
    static Optional<byte[]> hexText(byte[] b) {
        String t = new String(b, StandardCharsets.US_ASCII).strip();
        if (t.length() < 2 || t.length() > 96 || !t.matches("[0-9A-Fa-f]{2}( [0-9A-Fa-f]{2})*( [0-9]{1,2})*")) {
            return Optional.empty();
        }
        StringBuilder hex = new StringBuilder();
        for (String token : t.split(" ")) {
            if (token.length() != 2) {
                break;
            }
            hex.append(token);
        }
        return Optional.of(HexFormat.of().parseHex(hex));
    }

    /** cdpCacheCapabilities: 4 octets, big-endian; an access point is told by its platform. */
    static Set<NeighbourRole> cdpRoles(Variable value, String platform) {
        long bits = 0;
        if (value instanceof OctetString s) {
            for (byte b : hexText(s.getValue()).filter(h -> s.length() > 4).orElse(s.getValue())) {
                bits = (bits << 8 | (b & 0xFF)) & 0xFFFF_FFFFL;
            }
        }
        Set<NeighbourRole> roles = EnumSet.noneOf(NeighbourRole.class);
        if ((bits & 0x01) != 0) {
            roles.add(NeighbourRole.ROUTER);
        }
        if ((bits & 0x0E) != 0) {
            roles.add(NeighbourRole.BRIDGE);
        }
        if ((bits & 0x10) != 0) {
            roles.add(NeighbourRole.STATION);
        }
        if ((bits & 0x80) != 0 || platform.toLowerCase(Locale.ROOT).contains("phone")) {
            roles.add(NeighbourRole.PHONE);
        }
        if (platform.toUpperCase(Locale.ROOT).contains("AIR-")) {
            roles.add(NeighbourRole.ACCESS_POINT);
        }
        return roles;
    }

    /** The sub-identifiers of {@code oid} after {@code column}; empty when it is not under it. */
    static int[] index(OID oid, OID column) {
        if (!oid.startsWith(column) || oid.size() <= column.size()) {
            return new int[0];
        }
        int[] all = oid.getValue();
        int[] out = new int[all.length - column.size()];
        System.arraycopy(all, column.size(), out, 0, out.length);
        return out;
    }
}
