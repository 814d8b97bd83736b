package org.netboxauto.core.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.netboxauto.core.Host;
import org.netboxauto.core.IpPushPolicy;
import org.netboxauto.core.MacAddress;

/**
 * Pairs discovered hosts with NetBox objects by MAC, then IP, then name (case-insensitive, domain
 * stripped). Several candidates, or several hosts for one object, make a row ambiguous: nothing
 * is guessed.
 */
public final class HostMatcher {

    private final Map<MacAddress, List<NetBoxHost>> byMac;
    private final Map<String, List<NetBoxHost>> byIp;
    private final Map<String, List<NetBoxHost>> byName;
    private final List<NetBoxHost> objects;

    public HostMatcher(List<NetBoxHost> objects) {
        this.objects = List.copyOf(objects);
        // most objects have one MAC, one IP and a name: room for that many keys spares the tables' regrowth
        byMac = HashMap.newHashMap(objects.size());
        byIp = HashMap.newHashMap(objects.size());
        byName = HashMap.newHashMap(objects.size());
        for (NetBoxHost o : this.objects) {
            o.macs().forEach(m -> add(byMac, m, o));
            o.ips().forEach(ip -> IpKey.of(ip).ifPresent(k -> add(byIp, k, o)));
            o.name().flatMap(NameKey::of).ifPresent(k -> add(byName, k, o));
        }
    }

    private static <K> void add(Map<K, List<NetBoxHost>> index, K key, NetBoxHost o) {
        List<NetBoxHost> list = index.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!list.contains(o)) {
            list.add(o);
        }
    }

    /** A host's tentative pairing before the one-object-one-host check. */
    private record Claim(Host host, MatchBasis basis, List<NetBoxHost> candidates, String key) {
    }

    /** Every host and every NetBox object, each in exactly one row. */
    public List<Comparison> compare(List<Host> hosts, HostDiffer differ) {
        return rows(hosts, differ::diff);
    }

    /**
     * The rows of {@link #compare} without the differences: a matched host is {@link Outcome#SAME}
     * whatever its fields, for a caller that needs only who pairs with whom.
     */
    public List<Comparison> pair(List<Host> hosts) {
        return rows(hosts, (host, object) -> List.of());
    }

    private List<Comparison> rows(List<Host> hosts, BiFunction<Host, NetBoxHost, List<FieldDiff>> differ) {
        List<Claim> claims = new ArrayList<>(hosts.size());
        for (Host h : hosts) {
            claims.add(claim(h));
        }
        Map<NetBoxHost, List<Claim>> byObject = new IdentityHashMap<>(claims.size());
        for (Claim c : claims) {
            if (c.candidates().size() == 1) {
                byObject.computeIfAbsent(c.candidates().getFirst(), k -> new ArrayList<>()).add(c);
            }
        }
        List<Comparison> rows = new ArrayList<>(hosts.size() + objects.size());
        Set<NetBoxHost> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>(objects.size()));
        for (Claim c : claims) {
            seen.addAll(c.candidates());
            rows.add(row(c, byObject, differ));
        }
        for (NetBoxHost o : objects) {
            if (!seen.contains(o)) {
                rows.add(Comparison.onlyNetBox(o));
            }
        }
        return rows;
    }

    private Comparison row(Claim c, Map<NetBoxHost, List<Claim>> byObject,
                           BiFunction<Host, NetBoxHost, List<FieldDiff>> differ) {
        if (c.candidates().isEmpty()) {
            return Comparison.onlyDiscovered(c.host());
        }
        if (c.candidates().size() > 1) {
            return Comparison.ambiguous(c.host(), c.candidates(), c.basis() + " " + c.key() + " is on "
                    + c.candidates().size() + " NetBox objects: " + labels(c.candidates()));
        }
        NetBoxHost object = c.candidates().getFirst();
        List<Claim> rivals = byObject.get(object);
        if (rivals.size() > 1) {
            MatchBasis strongest = rivals.stream().map(Claim::basis).min(Enum::compareTo).orElseThrow();
            long atStrongest = rivals.stream().filter(r -> r.basis() == strongest).count();
            if (c.basis() != strongest || atStrongest > 1) {
                return Comparison.ambiguous(c.host(), List.of(object), object.label() + " also matches "
                        + (rivals.size() - 1) + " other discovered host(s): " + rivals.stream()
                        .filter(r -> r != c).map(r -> r.host().mac() + " by " + r.basis())
                        .collect(Collectors.joining(", ")));
            }
        }
        return Comparison.matched(c.host(), object, c.basis(), differ.apply(c.host(), object));
    }

    private Claim claim(Host host) {
        Claim byMacs = lookup(host, MatchBasis.MAC, host.macs(), byMac, MacAddress::toString);
        if (!byMacs.candidates().isEmpty()) {
            return byMacs;
        }
        List<String> ipKeys = new ArrayList<>(host.ips().size());
        // a link-local address names no host: fe80::1 is on every other link
        for (String ip : IpPushPolicy.pushed(host)) {
            IpKey.of(ip).ifPresent(ipKeys::add);
        }
        Claim byIps = lookup(host, MatchBasis.IP, ipKeys, byIp, Function.identity());
        if (!byIps.candidates().isEmpty()) {
            return byIps;
        }
        List<String> names = host.hostnameValue().flatMap(NameKey::of).stream().toList();
        return lookup(host, MatchBasis.NAME, names, byName, Function.identity());
    }

    private static <K> Claim lookup(Host host, MatchBasis basis, Collection<K> keys, Map<K, List<NetBoxHost>> index,
                                    Function<K, String> show) {
        List<NetBoxHost> first = List.of();
        Set<NetBoxHost> found = null;
        K shown = null;
        for (K k : keys) {
            List<NetBoxHost> hits = index.get(k);
            if (hits != null) {
                // most hosts hit one key: its list (already without repeats) is the answer, no set needed
                if (first.isEmpty()) {
                    first = hits;
                } else {
                    if (found == null) {
                        found = new LinkedHashSet<>(first);
                    }
                    found.addAll(hits);
                }
                if (shown == null || hits.size() > 1) {
                    shown = k;
                }
            }
        }
        List<NetBoxHost> candidates = found == null ? first : List.copyOf(found);
        // the key is told only when it names several objects: a match needs no text of it
        return new Claim(host, basis, candidates, candidates.size() > 1 ? show.apply(shown) : "");
    }

    private static String labels(List<NetBoxHost> objects) {
        return objects.stream().map(NetBoxHost::label).collect(Collectors.joining(", "));
    }
}
