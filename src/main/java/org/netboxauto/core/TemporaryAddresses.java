package org.netboxauto.core;

import java.net.Inet6Address;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of a host's IPv6 addresses are temporary (privacy) addresses, kept and shown but left out of a push
 * (docs/adr/0032). Temporary: one a source calls so ({@link Evidence#TEMPORARY_IPS}), or one whose interface id
 * is not the EUI-64 of any of the host's MACs while the host has a stable address in the same /64 (the EUI-64
 * one, or one a source calls stable, {@link Evidence#STABLE_IPS}). A lone non-EUI-64 address stays pushable: it
 * may be the host's stable-privacy address (RFC 7217) and nothing tells them apart. What a push writes is
 * {@link IpPushPolicy}'s to say.
 */
public final class TemporaryAddresses {

    private TemporaryAddresses() {
    }

    /** The host's temporary addresses, as canonical literals. */
    public static Set<String> of(Host host) {
        // most hosts have no IPv6 address: no list of their addresses is worth making to find that out
        for (Sourced<String> ip : host.ips()) {
            if (ip.value().indexOf(':') >= 0) {
                return of(host.ipValues(), host.macs(), host.evidence());
            }
        }
        return Set.of();
    }

    /** @param evidence per source, as {@link Host#evidence()} */
    public static Set<String> of(List<String> ips, Collection<MacAddress> macs,
            Map<String, Map<String, String>> evidence) {
        if (ips.stream().noneMatch(ip -> ip.indexOf(':') >= 0)) {
            return Set.of();
        }
        Set<String> saidTemporary = listed(evidence, Evidence.TEMPORARY_IPS);
        Set<String> saidStable = listed(evidence, Evidence.STABLE_IPS);
        List<Inet6Address> stable = new ArrayList<>();
        List<Inet6Address> undecided = new ArrayList<>();
        Set<String> temporary = new LinkedHashSet<>();
        for (String ip : ips) {
            Inet6Address address = Ipv6Addresses.parse(ip).orElse(null);
            if (address == null) {
                continue;
            }
            if (saidStable.contains(ip)) {
                stable.add(address);
            } else if (saidTemporary.contains(ip)) {
                temporary.add(ip);
            } else if (Ipv6Addresses.eui64Mac(address).filter(macs::contains).isPresent()) {
                stable.add(address);
            } else {
                undecided.add(address);
            }
        }
        for (Inet6Address address : undecided) {
            if (stable.stream().anyMatch(s -> Ipv6Addresses.sameSlash64(s, address))) {
                temporary.add(IpLiterals.canonical(address));
            }
        }
        return temporary.isEmpty() ? Set.of() : Set.copyOf(temporary);
    }

    private static Set<String> listed(Map<String, Map<String, String>> evidence, String key) {
        Set<String> out = new HashSet<>();
        for (Map<String, String> fields : evidence.values()) {
            String value = fields.get(key);
            if (value != null) {
                for (String ip : value.split(",")) {
                    out.add(IpLiterals.canonical(ip.strip()));
                }
            }
        }
        return out;
    }
}
