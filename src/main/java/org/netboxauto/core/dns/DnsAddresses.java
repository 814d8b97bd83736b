package org.netboxauto.core.dns;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Optional;
import org.netboxauto.core.IpLiterals;

/** IP literals as DNS writes them: canonical text (RFC 5952 for IPv6) and reverse names. */
public final class DnsAddresses {

    // leading zeros read as octal by some tools and as decimal by others: refused
    private static final String OCTET = "(0|[1-9][0-9]{0,2})";
    private static final String DOTTED_QUAD = OCTET + "(\\." + OCTET + "){3}";

    private DnsAddresses() {
    }

    /** The address, or empty when {@code text} is not a plain IPv4 or IPv6 literal (no prefix, no zone id). */
    public static Optional<InetAddress> parse(String text) {
        if (text == null || !text.matches("[0-9A-Fa-f:.]{2,45}")) {
            return Optional.empty();
        }
        if (text.indexOf(':') < 0 && !text.matches(DOTTED_QUAD)) {
            return Optional.empty();
        }
        try {
            return Optional.of(IpLiterals.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static DnsRecordType type(InetAddress address) {
        return address instanceof Inet4Address ? DnsRecordType.A : DnsRecordType.AAAA;
    }

    /** Dotted quad, or RFC 5952 IPv6: lower case, the longest run of two or more zero groups as {@code ::}. */
    public static String canonical(InetAddress address) {
        return IpLiterals.canonical(address);
    }

    /** {@code 5.1.168.192.in-addr.arpa}, or the 32 nibbles of {@code ip6.arpa}. */
    public static String reverseName(InetAddress address) {
        byte[] b = address.getAddress();
        StringBuilder out = new StringBuilder();
        if (address instanceof Inet6Address) {
            for (int i = b.length - 1; i >= 0; i--) {
                out.append(Character.forDigit(b[i] & 0xF, 16)).append('.')
                        .append(Character.forDigit(b[i] >> 4 & 0xF, 16)).append('.');
            }
            return out.append("ip6.arpa").toString();
        }
        for (int i = b.length - 1; i >= 0; i--) {
            out.append(b[i] & 0xFF).append('.');
        }
        return out.append("in-addr.arpa").toString();
    }
}
