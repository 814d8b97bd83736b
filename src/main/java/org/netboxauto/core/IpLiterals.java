package org.netboxauto.core;

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
