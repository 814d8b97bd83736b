package org.netboxauto.core;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A machine as correlation sees it: keyed by its primary MAC, with every MAC of its NICs, and each
 * field carrying the source that said it.
 *
 * @param evidence the latest evidence per source id
 */
public record Host(MacAddress mac, List<MacAddress> macs, List<Sourced<String>> ips,
                   Optional<Sourced<String>> hostname, Optional<Sourced<PortLocation>> port,
                   Optional<Sourced<String>> vendor, List<String> sources, Instant firstSeen, Instant lastSeen,
                   Set<HostFlag> flags, Map<String, Map<String, String>> evidence) {

    public Host {
        Objects.requireNonNull(mac, "mac");
        macs = List.copyOf(macs);
        if (!macs.contains(mac)) {
            throw new IllegalArgumentException("the primary MAC " + mac + " is not among the host's MACs " + macs);
        }
        ips = List.copyOf(ips);
        Objects.requireNonNull(hostname, "hostname");
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(vendor, "vendor");
        sources = List.copyOf(sources);
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        evidence = Map.copyOf(evidence);
        if (lastSeen.isBefore(firstSeen)) {
            throw new IllegalArgumentException("last seen " + lastSeen + " is before first seen " + firstSeen);
        }
    }

    public List<String> ipValues() {
        return ips.stream().map(Sourced::value).toList();
    }

    public Optional<String> hostnameValue() {
        return hostname.map(Sourced::value);
    }

    public boolean has(HostFlag flag) {
        return flags.contains(flag);
    }

    /** Hosts ordered by primary MAC, the order every listing uses. */
    public static final Comparator<Host> BY_MAC = Comparator.comparing(Host::mac);
}
