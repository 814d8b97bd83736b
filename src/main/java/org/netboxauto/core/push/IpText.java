package org.netboxauto.core.push;

import java.net.InetAddress;
import org.netboxauto.core.IpLiterals;
import org.netboxauto.core.dns.DnsAddresses;

/**
 * IP text as the plan compares and writes it: IPv6 in its one RFC 5952 spelling, as NetBox returns it
 * ({@code 2001:db8::5}, never {@code 2001:DB8:0:0:0:0:0:5}), so an address found under another spelling
 * is the same address, not a new one.
 */
final class IpText {

    private IpText() {
    }

    /** The canonical spelling of an address without its prefix length; text that is no IP stays as it is. */
    static String canonical(String ip) {
        if (ip.indexOf(':') < 0) {
            // IPv4 as NetBox and the collectors write it is already canonical; this runs for every IP in NetBox
            return ip;
        }
        try {
            return canonical(IpLiterals.parse(ip));
        } catch (IllegalArgumentException e) {
            return ip;
        }
    }

    static String canonical(InetAddress address) {
        return DnsAddresses.canonical(address);
    }
}
