package org.netboxauto.discovery.scan;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import org.netboxauto.core.Cidr;
import org.netboxauto.core.IpLiterals;

/** IPv6 addresses as 16 bytes: prefixes, EUI-64 interface ids, solicited-node groups, RFC 5952 text. */
final class Ipv6 {

    /** All nodes on the link, ff02::1. */
    static final byte[] ALL_NODES = bytes("ff02::1");

    private Ipv6() {
    }

    static byte[] bytes(String text) {
        InetAddress a = InetAddress.ofLiteral(text);
        if (!(a instanceof Inet6Address)) {
            throw new IllegalArgumentException(text + " is not an IPv6 address");
        }
        return a.getAddress();
    }

    static byte[] of(byte[] packet, int offset) {
        return Arrays.copyOfRange(packet, offset, offset + 16);
    }

    static InetAddress address(byte[] ip) {
        try {
            return InetAddress.getByAddress(ip);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(byte[] ip) {
        return IpLiterals.canonical(address(ip));
    }

    /** A prefix as {@code fd00::/64}. */
    static String text(Cidr prefix) {
        return IpLiterals.canonical(prefix.network()) + "/" + prefix.prefixLength();
    }

    /** True when the first {@code prefix} bits of {@code ip} equal those of {@code network}. */
    static boolean inPrefix(byte[] ip, byte[] network, int prefix) {
        for (int bit = 0; bit < prefix; bit += 8) {
            int i = bit / 8;
            int mask = prefix - bit >= 8 ? 0xFF : (0xFF << (8 - (prefix - bit))) & 0xFF;
            if (((ip[i] ^ network[i]) & mask) != 0) {
                return false;
            }
        }
        return true;
    }

    static boolean isLinkLocal(byte[] ip) {
        return (ip[0] & 0xFF) == 0xFE && (ip[1] & 0xC0) == 0x80;
    }

    /** The modified EUI-64 address of {@code mac} in a /64 (RFC 4291 appendix A): ff:fe in the middle, U/L bit flipped. */
    static byte[] eui64(byte[] network, long mac) {
        byte[] out = Arrays.copyOf(network, 16);
        out[8] = (byte) ((mac >>> 40) ^ 0x02);
        out[9] = (byte) (mac >>> 32);
        out[10] = (byte) (mac >>> 24);
        out[11] = (byte) 0xFF;
        out[12] = (byte) 0xFE;
        out[13] = (byte) (mac >>> 16);
        out[14] = (byte) (mac >>> 8);
        out[15] = (byte) mac;
        return out;
    }

    /** The solicited-node group of {@code ip}, ff02::1:ffXX:XXXX, where a neighbour solicitation for it is sent. */
    static byte[] solicitedNode(byte[] ip) {
        byte[] out = bytes("ff02::1:ff00:0");
        out[13] = ip[13];
        out[14] = ip[14];
        out[15] = ip[15];
        return out;
    }

    /** The Ethernet group a multicast address maps to, 33:33 and its last four bytes (RFC 2464). */
    static long multicastMac(byte[] group) {
        long mac = 0x3333L;
        for (int i = 12; i < 16; i++) {
            mac = (mac << 8) | (group[i] & 0xFF);
        }
        return mac;
    }
}
