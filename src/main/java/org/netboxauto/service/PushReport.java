package org.netboxauto.service;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.netboxauto.core.push.ActionOutcome;
import org.netboxauto.core.push.ActionOutcome.State;

/**
 * What an applied push did: each action's outcome in plan order, and links to the objects written.
 *
 * @param links       NetBox web page per action key, for the objects made, changed or found; one key per page,
 *                    none for deleted objects
 * @param dnsOutcomes one per DNS change, in {@link PushPreview#dnsChanges()} order
 * @param dnsTargets  one per enabled DNS target: written, failed (also when it could not be read), or held back
 */
public record PushReport(long pushId, List<ActionOutcome> outcomes, List<ActionOutcome> dnsOutcomes,
                         Map<String, String> links, long requests, Duration took, List<DnsTargetOutcome> dnsTargets) {

    public PushReport {
        outcomes = List.copyOf(outcomes);
        dnsOutcomes = List.copyOf(dnsOutcomes);
        links = Map.copyOf(links);
        dnsTargets = List.copyOf(dnsTargets);
    }

    public PushReport(long pushId, List<ActionOutcome> outcomes, List<ActionOutcome> dnsOutcomes,
                      Map<String, String> links, long requests, Duration took) {
        this(pushId, outcomes, dnsOutcomes, links, requests, took, List.of());
    }

    /** NetBox actions and DNS changes in this state. */
    public long count(State state) {
        return java.util.stream.Stream.concat(outcomes.stream(), dnsOutcomes.stream())
                .filter(o -> o.state() == state).count();
    }

    /** Something NetBox or a DNS target did not take, or a DNS target that could not be read. */
    public boolean failed() {
        return count(State.FAILED) > 0 || count(State.SKIPPED) > 0
                || dnsTargets.stream().anyMatch(t -> t.state() == State.FAILED);
    }
}
