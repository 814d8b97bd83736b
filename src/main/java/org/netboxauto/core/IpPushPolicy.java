package org.netboxauto.core;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Which of a host's addresses a push writes to NetBox and DNS; the others stay evidence only. The one
 * place that decides it, so the plan, the DNS records, the diff and the change records never disagree: an
 * IPv6 address that only works on its own link (link-local {@code fe80::/10}), is no host's (loopback,
 * multicast, unspecified) or is one of the host's temporary addresses ({@link TemporaryAddresses},
 * docs/adr/0032) is never pushed. IPv4 addresses are pushed as found.
 */
public final class IpPushPolicy {

    private IpPushPolicy() {
    }

    /** Whether the push writes this address of {@code host}; false for text that is no IP literal. */
    public static boolean pushes(Host host, Sourced<String> ip) {
        return pushes(ip.value()) && !temporary(ip.value(), host);
    }

    /** The host's addresses the push writes, in the host's order: what is diffed is what is pushed. */
    public static List<String> pushed(Host host) {
        return pushed(host, (text, address) -> text);
    }

    /** As {@link #pushed(Host)}, each address parsed: for a caller that needs the address, not its text. */
    public static List<InetAddress> pushedAddresses(Host host) {
        return pushed(host, (text, address) -> address);
    }

    private static <T> List<T> pushed(Host host, BiFunction<String, InetAddress, T> as) {
        Set<String> temporary = TemporaryAddresses.of(host);
        List<T> out = new ArrayList<>(host.ips().size());
        for (Sourced<String> ip : host.ips()) {
            InetAddress address = literal(ip.value());
            if (address != null && pushes(address)
                    && (temporary.isEmpty() || !temporary.contains(IpLiterals.canonical(ip.value())))) {
                out.add(as.apply(ip.value(), address));
            }
        }
        return out;
    }

    /** As {@link #pushes(Host, Sourced)}, for the address alone: whether it is any host's to push. */
    public static boolean pushes(String ip) {
        InetAddress address = literal(ip);
        return address != null && pushes(address);
    }

    private static InetAddress literal(String ip) {
        try {
            return IpLiterals.parse(ip);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static boolean pushes(InetAddress address) {
        return !(address instanceof Inet6Address) || !(address.isLinkLocalAddress() || address.isLoopbackAddress()
                || address.isMulticastAddress() || address.isAnyLocalAddress());
    }

    // temporary addresses are IPv6 only: IPv4 is never worth working out the host's temporaries for
    private static boolean temporary(String ip, Host host) {
        return ip.indexOf(':') >= 0 && TemporaryAddresses.of(host).contains(IpLiterals.canonical(ip));
    }
}
