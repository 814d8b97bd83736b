package org.netboxauto.core.dns;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.netboxauto.core.IpPushPolicy;
import org.netboxauto.core.MacAddress;

/**
 * The records approved hosts yield in one target, and the changes from what the target holds now.
 *
 * <p>Scope is by owner name: a name yielded by a host being pushed is brought to what that host
 * wants; a name yielded only by approved hosts outside the push is left as it is; a name no approved
 * host yields any more loses its records. A name two hosts want, or one held by records netbox-auto
 * does not own, is reported and left untouched.
 */
public final class DnsPlanner {

    private static final Comparator<DnsRecord> ORDER = Comparator.comparing(DnsRecord::type)
            .thenComparing(DnsRecord::name).thenComparing(DnsRecord::value).thenComparingInt(DnsRecord::ttl);

    private DnsPlanner() {
    }

    private record Want(DnsRecord record, MacAddress mac) {
    }

    public static DnsPlan plan(DnsZones zones, List<DnsHost> inScope, List<DnsHost> allApproved, DnsState current) {
        return plan(zones, inScope, allApproved, current, Map.of());
    }

    /**
     * @param heldBack hosts of the push that get no DNS change, with the reason (e.g. NetBox will not
     *                 hold them): their names, and every name joined to those, are left as they are
     */
    public static DnsPlan plan(DnsZones zones, List<DnsHost> inScope, List<DnsHost> allApproved, DnsState current,
                               Map<MacAddress, String> heldBack) {
        Map<MacAddress, DnsHost> hosts = new LinkedHashMap<>();
        allApproved.forEach(h -> hosts.put(h.mac(), h));
        inScope.forEach(h -> hosts.put(h.mac(), h));
        Set<MacAddress> scope = inScope.stream().map(DnsHost::mac).collect(Collectors.toSet());

        Set<DnsProblem> problems = new TreeSet<>(Comparator.comparing(DnsProblem::mac)
                .thenComparing(DnsProblem::message));
        List<Want> wants = new ArrayList<>();
        for (DnsHost host : hosts.values()) {
            wants.addAll(wantsOf(zones, host, problems));
        }

        Set<String> frozen = new HashSet<>();
        Map<String, Set<MacAddress>> owners = new TreeMap<>();
        for (Want w : wants) {
            owners.computeIfAbsent(w.record().name(), n -> new TreeSet<>()).add(w.mac());
        }
        owners.forEach((name, macs) -> {
            if (macs.size() > 1) {
                frozen.add(name);
                String list = macs.stream().map(MacAddress::toString).collect(Collectors.joining(", "));
                boolean ptr = wants.stream().anyMatch(w -> w.record().name().equals(name)
                        && w.record().type() == DnsRecordType.PTR);
                String message = ptr
                        ? "PTR " + name + " is wanted by " + macs.size() + " hosts (" + list + ") sharing an IP;"
                          + " it is left as it is: give the address to one host only"
                        : name + " is wanted by " + macs.size() + " hosts (" + list + "); none of them is written:"
                          + " give each host its own name override in review";
                macs.forEach(mac -> problems.add(new DnsProblem(mac, message)));
            } else if (current.foreignNames().contains(name)) {
                frozen.add(name);
                problems.add(new DnsProblem(macs.iterator().next(), name + " already has records netbox-auto did"
                        + " not create in " + zones.target() + "; not written: rename the host, or remove those"
                        + " records if the name is free"));
            }
        });
        Map<MacAddress, Set<String>> names = new LinkedHashMap<>();
        for (Want w : wants) {
            names.computeIfAbsent(w.mac(), m -> new java.util.TreeSet<>()).add(w.record().name());
        }
        heldBack.forEach((mac, reason) -> {
            if (scope.contains(mac) && names.containsKey(mac)) {
                frozen.addAll(names.get(mac));
                problems.add(new DnsProblem(mac, "no DNS change in " + zones.target() + " for "
                        + String.join(", ", names.get(mac)) + ": " + reason));
            }
        });

        Set<String> namesYielded = new HashSet<>(owners.keySet());
        Set<String> wantedInScope = wants.stream().filter(w -> scope.contains(w.mac())).map(w -> w.record().name())
                .collect(Collectors.toSet());
        Set<String> leftAlone = new HashSet<>(namesYielded);
        leftAlone.removeAll(wantedInScope);
        Set<String> seeds = new HashSet<>(frozen);
        seeds.addAll(leftAlone);
        List<DnsRecord> joined = new ArrayList<>(current.records());
        wants.forEach(w -> joined.add(w.record()));
        Set<String> held = DnsLinks.closure(seeds, joined);
        for (Want w : wants) {
            String name = w.record().name();
            if (held.contains(name) && !seeds.contains(name) && scope.contains(w.mac())) {
                problems.add(new DnsProblem(w.mac(), name + " is left as it is in " + zones.target() + ": it shares"
                        + " an address or name with records that are not changed in this push, and forward and"
                        + " reverse records change together"));
            }
        }

        Map<String, List<DnsRecord>> desired = new TreeMap<>();
        Set<String> namesInScope = new HashSet<>();
        for (Want w : wants) {
            String name = w.record().name();
            if (held.contains(name)) {
                continue;
            }
            if (scope.contains(w.mac())) {
                namesInScope.add(name);
            }
            List<DnsRecord> list = desired.computeIfAbsent(key(w.record()), k -> new ArrayList<>());
            if (list.stream().noneMatch(r -> r.sameData(w.record()))) {
                list.add(w.record());
            }
        }
        Map<String, List<DnsRecord>> now = new TreeMap<>();
        for (DnsRecord r : current.records()) {
            now.computeIfAbsent(key(r), k -> new ArrayList<>()).add(r);
        }

        List<DnsChange> changes = new ArrayList<>();
        Set<String> keys = new TreeSet<>(desired.keySet());
        keys.addAll(now.keySet());
        for (String key : keys) {
            List<DnsRecord> want = desired.getOrDefault(key, List.of());
            List<DnsRecord> have = now.getOrDefault(key, List.of());
            String name = (want.isEmpty() ? have : want).getFirst().name();
            if (held.contains(name)) {
                continue;
            }
            if (namesInScope.contains(name)) {
                changes.addAll(diff(have, want));
            } else if (!namesYielded.contains(name)) {
                have.stream().sorted(ORDER).map(DnsChange::remove).forEach(changes::add);
            }
        }
        changes.sort(Comparator.comparing(DnsChange::subject, ORDER));
        Map<MacAddress, Set<String>> inScopeNames = new LinkedHashMap<>();
        names.forEach((mac, n) -> {
            if (scope.contains(mac)) {
                inScopeNames.put(mac, n);
            }
        });
        return new DnsPlan(changes, List.copyOf(problems), inScopeNames);
    }

    private static List<Want> wantsOf(DnsZones zones, DnsHost host, Set<DnsProblem> problems) {
        if (host.name().isEmpty()) {
            return List.of();
        }
        String raw = host.name().get();
        DnsLabels.Reduced reduced = DnsLabels.reduce(raw, zones.zone());
        if (reduced.label().isEmpty()) {
            problems.add(new DnsProblem(host.mac(), "name " + DnsLabels.quote(raw) + " " + reduced.reason()
                    + "; no DNS record is written for it: set a name override in review"));
            return List.of();
        }
        String fqdn = reduced.label().get() + "." + zones.zone();
        List<Want> out = new ArrayList<>();
        for (String ip : host.ips()) {
            Optional<InetAddress> parsed = DnsAddresses.parse(ip);
            if (parsed.isEmpty()) {
                problems.add(new DnsProblem(host.mac(), DnsLabels.quote(ip) + " of " + fqdn
                        + " is not a plain IPv4 or IPv6 address; not written"));
                continue;
            }
            InetAddress address = parsed.get();
            if (!IpPushPolicy.pushes(address)) {
                continue;
            }
            String literal = DnsAddresses.canonical(address);
            out.add(new Want(new DnsRecord(fqdn, DnsAddresses.type(address), literal, zones.ttl()), host.mac()));
            if (zones.reverseZones().isEmpty()) {
                continue;
            }
            String reverse = DnsAddresses.reverseName(address);
            if (zones.reverseZoneOf(reverse) == null) {
                problems.add(new DnsProblem(host.mac(), "PTR for " + literal + " (" + fqdn + ") skipped: no zone of "
                        + zones.target() + ".reverse-zones holds " + reverse + "; add its reverse zone there"));
                continue;
            }
            out.add(new Want(new DnsRecord(reverse, DnsRecordType.PTR, fqdn, zones.ttl()), host.mac()));
        }
        return out;
    }

    private static String key(DnsRecord r) {
        return r.name() + " " + r.type();
    }

    /** Pairs what is there with what is wanted at one name and type: equal data with a new TTL, then in order. */
    static List<DnsChange> diff(List<DnsRecord> have, List<DnsRecord> want) {
        List<DnsChange> out = new ArrayList<>();
        List<DnsRecord> gone = new ArrayList<>();
        List<DnsRecord> added = new ArrayList<>(want);
        for (DnsRecord h : have) {
            Optional<DnsRecord> same = added.stream().filter(w -> w.sameData(h)).findFirst();
            if (same.isPresent()) {
                added.remove(same.get());
                if (same.get().ttl() != h.ttl()) {
                    out.add(DnsChange.change(h, same.get()));
                }
            } else {
                gone.add(h);
            }
        }
        gone.sort(ORDER);
        added.sort(ORDER);
        int pairs = Math.min(gone.size(), added.size());
        for (int i = 0; i < pairs; i++) {
            out.add(DnsChange.change(gone.get(i), added.get(i)));
        }
        gone.subList(pairs, gone.size()).forEach(r -> out.add(DnsChange.remove(r)));
        added.subList(pairs, added.size()).forEach(r -> out.add(DnsChange.add(r)));
        return out;
    }
}
