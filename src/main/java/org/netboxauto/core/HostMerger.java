package org.netboxauto.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Builds one host from the observations of one group and the hosts it was before. */
final class HostMerger {

    /** The provenance of a vendor looked up from the IEEE registry rather than reported by a source. */
    static final String IEEE_REGISTRY = "ieee-registry";

    private final List<SourceKind> precedence;
    private final VendorLookup vendorLookup;

    HostMerger(List<SourceKind> precedence, VendorLookup vendorLookup) {
        this.precedence = List.copyOf(precedence);
        this.vendorLookup = vendorLookup;
    }

    Host merge(List<Observation> group, List<Host> before, Set<MacAddress> observedMacs, Set<String> sourcesRead) {
        TreeSet<MacAddress> macs = new TreeSet<>();
        group.forEach(o -> macs.add(o.mac()));
        // NICs of the host not seen this run stay with it (a stopped VM's second NIC, a port not read)
        before.forEach(h -> h.macs().stream().filter(m -> !observedMacs.contains(m)).forEach(macs::add));

        Map<String, Sourced<String>> ips = new HashMap<>();
        List<Sourced<String>> names = new ArrayList<>();
        List<Sourced<PortLocation>> ports = new ArrayList<>();
        List<Sourced<String>> vendors = new ArrayList<>();
        Map<String, Map<String, String>> evidence = new TreeMap<>();
        Set<String> sources = new TreeSet<>();
        Instant first = null;
        Instant last = null;
        for (Observation o : group) {
            sources.add(o.source());
            first = first == null || o.observedAt().isBefore(first) ? o.observedAt() : first;
            last = last == null || o.observedAt().isAfter(last) ? o.observedAt() : last;
            for (String ip : o.ips()) {
                ips.merge(ip, new Sourced<>(ip, o.source(), o.observedAt()), this::better);
            }
            o.hostname().ifPresent(n -> names.add(new Sourced<>(n, o.source(), o.observedAt())));
            portOf(o).ifPresent(p -> ports.add(new Sourced<>(p, o.source(), o.observedAt())));
            Optional.ofNullable(o.evidence().get(Evidence.VENDOR))
                    .ifPresent(v -> vendors.add(new Sourced<>(v, o.source(), o.observedAt())));
            mergeEvidence(evidence.computeIfAbsent(o.source(), s -> new TreeMap<>()), o.evidence());
        }
        for (Host h : before) {
            first = h.firstSeen().isBefore(first) ? h.firstSeen() : first;
            last = h.lastSeen().isAfter(last) ? h.lastSeen() : last;
            h.ips().stream().filter(ip -> notRead(ip, sourcesRead)).forEach(ip -> ips.merge(ip.value(), ip, this::better));
            h.hostname().filter(n -> notRead(n, sourcesRead)).ifPresent(names::add);
            h.port().filter(p -> notRead(p, sourcesRead)).ifPresent(ports::add);
            h.vendor().filter(v -> notRead(v, sourcesRead) && !v.source().equals(IEEE_REGISTRY)).ifPresent(vendors::add);
            h.sources().stream().filter(s -> !sourcesRead.contains(s)).forEach(sources::add);
            h.evidence().forEach((source, fields) -> {
                if (!sourcesRead.contains(source)) {
                    evidence.putIfAbsent(source, fields);
                }
            });
        }
        Optional<Sourced<String>> name = names.stream().min(this.<String>byPrecedenceThenNewest());
        Set<HostFlag> flags = EnumSet.noneOf(HostFlag.class);
        if (macs.stream().anyMatch(MacAddress::isLocallyAdministered)) {
            flags.add(HostFlag.LOCALLY_ADMINISTERED_MAC);
        }
        if (group.stream().anyMatch(o -> Evidence.STATUS_STOPPED.equals(o.evidence().get(Evidence.STATUS))
                && o.kind() == SourceKind.PROXMOX)) {
            flags.add(HostFlag.STOPPED);
        }
        // looked-up names differ by method (pc7.example.com, PC7, pc7.local): only sources' own names can conflict
        if (names.stream().filter(n -> SourceIds.kind(n.source()) != SourceKind.NAMES)
                .map(n -> n.value().toLowerCase(java.util.Locale.ROOT)).distinct().count() > 1) {
            flags.add(HostFlag.NAME_CONFLICT);
        }
        MacAddress primary = primary(group, before, macs);
        if (vendors.isEmpty()) {
            Instant seen = last;
            vendorLookup.vendorOf(primary).ifPresent(v -> vendors.add(new Sourced<>(v, IEEE_REGISTRY, seen)));
        }
        List<Sourced<String>> ipList = new ArrayList<>(ips.values());
        ipList.sort(Comparator.comparing(Sourced::value, IpOrder.LITERALS));
        if (!TemporaryAddresses.of(ipList.stream().map(Sourced::value).toList(), macs, evidence).isEmpty()) {
            flags.add(HostFlag.TEMPORARY_IPV6);
        }
        return new Host(primary, List.copyOf(macs), ipList, name,
                ports.stream().max(Comparator.comparing(Sourced::seenAt)),
                vendors.stream().max(Comparator.comparing(Sourced::seenAt)),
                List.copyOf(sources), first, last, flags, evidence);
    }

    /** A host no read source saw any more: its values from those sources are dropped, the rest kept. */
    static Host markGone(Host h, Set<String> sourcesRead) {
        Set<HostFlag> flags = EnumSet.of(HostFlag.GONE);
        flags.addAll(h.flags());
        return new Host(h.mac(), h.macs(), h.ips(), h.hostname(), h.port(), h.vendor(), h.sources(),
                h.firstSeen(), h.lastSeen(), flags, h.evidence());
    }

    private static MacAddress primary(List<Observation> group, List<Host> before, TreeSet<MacAddress> macs) {
        Optional<MacAddress> kept = before.stream().map(Host::mac).filter(macs::contains).min(Comparator.naturalOrder());
        if (kept.isPresent()) {
            return kept.get();
        }
        return group.stream()
                .filter(o -> o.evidence().containsKey(Evidence.NIC))
                .min(Comparator.comparing((Observation o) -> nicIndex(o.evidence().get(Evidence.NIC)))
                        .thenComparing(Observation::mac))
                .map(Observation::mac)
                .orElse(macs.first());
    }

    private static int nicIndex(String nic) {
        String digits = nic.replaceAll("\\D", "");
        return digits.isEmpty() || digits.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }

    private static Optional<PortLocation> portOf(Observation o) {
        String port = o.evidence().get(Evidence.PORT);
        String sw = o.evidence().get(Evidence.SWITCH);
        if (port == null || sw == null) {
            return Optional.empty();
        }
        Optional<Integer> vlan = Optional.ofNullable(o.evidence().get(Evidence.VLAN))
                .filter(v -> v.matches("\\d{1,4}")).map(Integer::parseInt);
        return Optional.of(new PortLocation(sw, port, vlan));
    }

    private static void mergeEvidence(Map<String, String> into, Map<String, String> more) {
        // a value that holds ", " itself (a location's reason) is kept whole when two NICs say the same
        more.forEach((k, v) -> into.merge(k, v, (a, b) -> a.equals(b) ? a : joinDistinct(a, b)));
    }

    private static String joinDistinct(String a, String b) {
        if (!a.contains(", ")) {
            // two different values, most often (a lease's table and an ARP entry's): no set needed
            return a.compareTo(b) < 0 ? a + ", " + b : b + ", " + a;
        }
        TreeSet<String> values = new TreeSet<>(List.of(a.split(", ")));
        values.add(b);
        return String.join(", ", values);
    }

    private static boolean notRead(Sourced<?> value, Set<String> sourcesRead) {
        return !sourcesRead.contains(value.source());
    }

    private Sourced<String> better(Sourced<String> a, Sourced<String> b) {
        return this.<String>byPrecedenceThenNewest().compare(a, b) <= 0 ? a : b;
    }

    private <T> Comparator<Sourced<T>> byPrecedenceThenNewest() {
        return Comparator.<Sourced<T>>comparingInt(s -> rank(s.source()))
                .thenComparing(Sourced::seenAt, Comparator.reverseOrder());
    }

    private int rank(String source) {
        int i = precedence.indexOf(SourceIds.kind(source));
        return i < 0 ? precedence.size() : i;
    }
}
