package org.netboxauto.core;

import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Which of a host's addresses a push writes to NetBox and DNS; the others stay evidence only. The one
 * place that decides it, so the plan, the DNS records and the diff never disagree: an IPv6 address that
 * only works on its own link (link-local {@code fe80::/10}), or is no host's (loopback, multicast,
 * unspecified) is never pushed. IPv4 addresses are pushed as found.
 */
public final class IpPushPolicy {

    private IpPushPolicy() {
    }

    /** Whether the push writes this address of {@code host}; false for text that is no IP literal. */
    public static boolean pushes(Host host, Sourced<String> ip) {
        return pushes(ip.value());
    }

    /** As {@link #pushes(Host, Sourced)}, for the address alone. */
    public static boolean pushes(String ip) {
        try {
            return pushes(IpLiterals.parse(ip));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public static boolean pushes(InetAddress address) {
        return !(address instanceof Inet6Address) || !(address.isLinkLocalAddress() || address.isLoopbackAddress()
                || address.isMulticastAddress() || address.isAnyLocalAddress());
    }
}
