package org.netboxauto.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns one run's observations into hosts keyed by MAC, merged with the hosts known before.
 *
 * <p>A value from a source that was not read this run (it failed or was not selected) is kept
 * from the previous host; a source that was read and did not see a value no longer vouches for it.
 * Review decisions are not an input: correlation cannot touch them.
 */
public final class Correlator {

    private static final int PARALLEL_FROM = 2_048;

    private final HostMerger merger;

    public Correlator(List<SourceKind> hostnamePrecedence) {
        this(hostnamePrecedence, VendorLookup.NONE);
    }

    /** @param vendors names a host's maker when no source reported one */
    public Correlator(List<SourceKind> hostnamePrecedence, VendorLookup vendors) {
        this.merger = new HostMerger(hostnamePrecedence, vendors);
    }

    /**
     * @param previous    the hosts as stored before this run
     * @param sourcesRead ids of the sources that were read successfully in this run
     */
    public CorrelationResult correlate(List<Observation> observations, Collection<Host> previous,
            Set<String> sourcesRead) {
        Map<MacAddress, Host> previousByMac = new HashMap<>();
        for (Host h : previous) {
            for (MacAddress m : h.macs()) {
                previousByMac.put(m, h);
            }
        }
        Set<MacAddress> observedMacs = new HashSet<>();
        for (Observation o : observations) {
            observedMacs.add(o.mac());
        }
        List<Host> updated = new ArrayList<>();
        List<MacAddress> removed = new ArrayList<>();
        List<HostChange> changes = new ArrayList<>();
        // by identity: a host's own hash walks every list and map it holds
        Set<Host> claimed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Merge> merges = new ArrayList<>();
        for (List<Observation> group : MacGroups.groupsOf(observations)) {
            List<Host> before = new ArrayList<>(1);
            for (Observation o : group) {
                Host h = previousByMac.get(o.mac());
                if (h != null && !claimed.contains(h) && before.stream().noneMatch(b -> b == h)) {
                    before.add(h);
                }
            }
            claimed.addAll(before);
            merges.add(new Merge(group, List.copyOf(before)));
        }
        // which host each group continues is decided above, in order; merging them is independent and most of
        // the work, so a large run merges on every core
        List<Merged> merged = (merges.size() < PARALLEL_FROM ? merges.stream() : merges.parallelStream())
                .map(m -> m.apply(merger, observedMacs, sourcesRead)).toList();
        for (Merged m : merged) {
            updated.add(m.host());
            m.before().stream().map(Host::mac).filter(mac -> !mac.equals(m.host().mac())).forEach(removed::add);
            m.change().ifPresent(changes::add);
        }
        for (Host h : previous) {
            if (!claimed.contains(h) && !h.has(HostFlag.GONE) && readAnyOf(h, sourcesRead)) {
                Host gone = HostMerger.markGone(h, sourcesRead);
                updated.add(gone);
                changes.add(new HostChange(HostChange.Kind.GONE, h.mac(), h.hostnameValue(), List.of()));
            }
        }
        return new CorrelationResult(updated, removed, changes);
    }

    private record Merge(List<Observation> group, List<Host> before) {
        Merged apply(HostMerger merger, Set<MacAddress> observedMacs, Set<String> sourcesRead) {
            Host host = merger.merge(group, before, observedMacs, sourcesRead);
            return new Merged(host, before, HostChanges.between(before, host));
        }
    }

    private record Merged(Host host, List<Host> before, java.util.Optional<HostChange> change) {
    }

    /** Name lookups only ask about hosts other sources saw: they never tell that a host is gone. */
    private static boolean readAnyOf(Host host, Set<String> sourcesRead) {
        return host.sources().stream().anyMatch(s -> sourcesRead.contains(s) && SourceIds.kind(s) != SourceKind.NAMES);
    }
}
