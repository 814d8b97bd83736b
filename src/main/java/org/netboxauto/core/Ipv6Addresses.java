package org.netboxauto.core;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Optional;

/** IPv6 facts read from the address alone: link-local scope, the /64 it lies in, a MAC folded into it (EUI-64). */
public final class Ipv6Addresses {

    private Ipv6Addresses() {
    }

    /** Whether canonical text ({@link IpLiterals#canonical(String)}) is in fe80::/10, without parsing it. */
    public static boolean isLinkLocal(String canonical) {
        return canonical.length() > 4 && canonical.charAt(4) == ':' && canonical.charAt(3) != ':'
                && canonical.startsWith("fe")
                && "89ab".indexOf(canonical.charAt(2)) >= 0;
    }

    /** The IPv6 address of a literal, or empty for IPv4 and for text that is not an address. */
    public static Optional<Inet6Address> parse(String literal) {
        if (literal == null || literal.indexOf(':') < 0) {
            return Optional.empty();
        }
        try {
            InetAddress address = IpLiterals.parse(literal);
            return address instanceof Inet6Address v6 ? Optional.of(v6) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether both addresses share their first 64 bits: the same link prefix under SLAAC. */
    public static boolean sameSlash64(Inet6Address a, Inet6Address b) {
        return Arrays.equals(a.getAddress(), 0, 8, b.getAddress(), 0, 8);
    }

    /**
     * The MAC a modified EUI-64 interface identifier carries (RFC 4291 appendix A: {@code ff:fe} in the middle,
     * the universal/local bit flipped), or empty when the low 64 bits are not one.
     */
    public static Optional<MacAddress> eui64Mac(Inet6Address address) {
        byte[] b = address.getAddress();
        if ((b[11] & 0xFF) != 0xFF || (b[12] & 0xFF) != 0xFE) {
            return Optional.empty();
        }
        long bits = 0;
        int[] octets = {8, 9, 10, 13, 14, 15};
        for (int i : octets) {
            bits = bits << 8 | (b[i] & 0xFF);
        }
        bits ^= 0x0200_0000_0000L;
        return MacAddress.parse(String.format("%012x", bits));
    }
}
