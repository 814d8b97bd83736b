package org.netboxauto.core;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** IP address literals, parsed strictly and never resolved through DNS. */
public final class IpLiterals {

    private static final List<Cidr> PRIVATE_EXTRA = List.of(
            new Cidr(parse("100.64.0.0"), 10),
            new Cidr(parse("192.0.2.0"), 24),
            new Cidr(parse("198.51.100.0"), 24),
            new Cidr(parse("203.0.113.0"), 24),
            new Cidr(parse("fc00::"), 7),
            new Cidr(parse("2001:db8::"), 32));

    private IpLiterals() {
    }

    /** @throws IllegalArgumentException when {@code text} is not an IPv4 or IPv6 literal */
    public static InetAddress parse(String text) {
        try {
            return InetAddress.ofLiteral(text.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not an IP address");
        }
    }

    public static boolean isLiteral(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The literal as every part of the program writes it: a dotted quad, or IPv6 compressed per RFC 5952
     * (lower case, the longest run of two or more zero groups as {@code ::}, no zone id).
     */
    public static String canonical(InetAddress address) {
        if (address instanceof Inet4Address) {
            return address.getHostAddress();
        }
        byte[] b = address.getAddress();
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = (b[2 * i] & 0xFF) << 8 | (b[2 * i + 1] & 0xFF);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder out = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(groups[i]));
        }
        return out.toString();
    }

    /**
     * {@code text} in the form of {@link #canonical(InetAddress)}, a zone id ({@code %eth0}) dropped; text that is
     * not an IP literal comes back as it is. IPv4 text is returned untouched: no IPv6 colon, nothing to compress.
     */
    public static String canonical(String text) {
        if (text == null || text.indexOf(':') < 0) {
            return text;
        }
        int zone = text.indexOf('%');
        String bare = zone < 0 ? text : text.substring(0, zone);
        try {
            return canonical(parse(bare));
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    static InetAddress fromBytes(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("address of " + bytes.length + " bytes", e);
        }
    }

    /** RFC 1918, loopback, link-local, CGNAT, ULA and documentation ranges count as private. */
    public static boolean isPrivate(InetAddress address) {
        return address.isSiteLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || PRIVATE_EXTRA.stream().anyMatch(c -> c.contains(address));
    }
}
