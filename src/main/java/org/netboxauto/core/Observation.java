package org.netboxauto.core;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One fact from one source at one time: a MAC, the IPs and name seen with it, and the source's own
 * evidence ({@link Evidence} keys). Built by adapters from values they already validated.
 *
 * @param source     {@code kind:name}, e.g. {@code routeros:core-router}
 * @param group      ties NICs of one machine together within the source (a VM id), or empty
 * @param ips        IP literals, made canonical here ({@link IpLiterals#canonical(String)}); IPv6 link-local ones
 *                   are moved to the evidence ({@link Evidence#LINK_LOCAL})
 * @param hostname   a cleaned name ({@link HostNames#clean}); one longer than {@link HostNames#MAX_LENGTH} is
 *                   cut here, and the evidence says so ({@link Evidence#NAME_CUT})
 */
public record Observation(String source, Instant observedAt, MacAddress mac, List<String> ips,
                          Optional<String> hostname, Optional<String> group, Map<String, String> evidence) {

    public Observation {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(observedAt, "observedAt");
        Objects.requireNonNull(mac, "mac");
        if (ips.stream().anyMatch(ip -> ip.indexOf(':') >= 0)) {
            Map<String, String> noted = new java.util.HashMap<>(evidence);
            ips = ipv6Kept(ips, noted);
            evidence = noted;
        } else {
            ips = List.copyOf(ips);
        }
        Objects.requireNonNull(hostname, "hostname");
        Objects.requireNonNull(group, "group");
        String name = hostname.orElse(null);
        if (name != null && !HostNames.firstCodePoints(name, HostNames.MAX_LENGTH).equals(name)) {
            Map<String, String> noted = new java.util.HashMap<>(evidence);
            noted.put(Evidence.NAME_CUT, "the source's name was " + name.codePointCount(0, name.length())
                    + " characters long; the first " + HostNames.MAX_LENGTH + " are kept");
            evidence = noted;
            hostname = Optional.of(HostNames.firstCodePoints(name, HostNames.MAX_LENGTH));
        }
        evidence = Map.copyOf(evidence);
        SourceIds.kind(source);
    }

    public Observation(String source, Instant observedAt, MacAddress mac, List<String> ips, Optional<String> hostname) {
        this(source, observedAt, mac, ips, hostname, Optional.empty(), Map.of());
    }

    private static List<String> ipv6Kept(List<String> ips, Map<String, String> evidence) {
        java.util.LinkedHashSet<String> kept = new java.util.LinkedHashSet<>();
        java.util.TreeSet<String> linkLocal = new java.util.TreeSet<>();
        for (String ip : ips) {
            String canonical = IpLiterals.canonical(ip);
            (Ipv6Addresses.isLinkLocal(canonical) ? linkLocal : kept).add(canonical);
        }
        if (!linkLocal.isEmpty()) {
            String had = evidence.get(Evidence.LINK_LOCAL);
            if (had != null) {
                linkLocal.addAll(List.of(had.split(", ")));
            }
            evidence.put(Evidence.LINK_LOCAL, String.join(", ", linkLocal));
        }
        return List.copyOf(kept);
    }

    public SourceKind kind() {
        return SourceIds.kind(source);
    }

    /** The evidence sorted by key, for stable output. */
    public Map<String, String> sortedEvidence() {
        return new TreeMap<>(evidence);
    }
}
