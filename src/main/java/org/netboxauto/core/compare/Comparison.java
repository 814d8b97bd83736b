package org.netboxauto.core.compare;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.netboxauto.core.Host;

/**
 * One row of the comparison: a discovered host, a NetBox object, or both, with the differing
 * fields; an ambiguous row lists the candidates and why none was chosen.
 */
public record Comparison(Outcome outcome, Optional<Host> host, Optional<NetBoxHost> netbox,
                         Optional<MatchBasis> basis, List<FieldDiff> diffs, List<NetBoxHost> candidates,
                         Optional<String> reason) {

    public Comparison {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(netbox, "netbox");
        Objects.requireNonNull(basis, "basis");
        diffs = List.copyOf(diffs);
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(reason, "reason");
    }

    static Comparison matched(Host host, NetBoxHost netbox, MatchBasis basis, List<FieldDiff> diffs) {
        return new Comparison(diffs.isEmpty() ? Outcome.SAME : Outcome.DIFFERENT, Optional.of(host),
                Optional.of(netbox), Optional.of(basis), diffs, List.of(), Optional.empty());
    }

    static Comparison onlyDiscovered(Host host) {
        return new Comparison(Outcome.ONLY_DISCOVERED, Optional.of(host), Optional.empty(), Optional.empty(),
                List.of(), List.of(), Optional.empty());
    }

    static Comparison onlyNetBox(NetBoxHost netbox) {
        return new Comparison(Outcome.ONLY_NETBOX, Optional.empty(), Optional.of(netbox), Optional.empty(),
                List.of(), List.of(), Optional.empty());
    }

    static Comparison ambiguous(Host host, List<NetBoxHost> candidates, String reason) {
        return new Comparison(Outcome.AMBIGUOUS, Optional.of(host), Optional.empty(), Optional.empty(), List.of(),
                candidates, Optional.of(reason));
    }

    /** The differing fields, for highlighting. */
    public Set<DiffField> differingFields() {
        return diffs.stream().map(FieldDiff::field).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
