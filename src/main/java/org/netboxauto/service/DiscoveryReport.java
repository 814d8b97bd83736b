package org.netboxauto.service;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.netboxauto.core.HostChange;
import org.netboxauto.core.RunStatus;

/**
 * What a discovery run did: per source, and to the host list.
 *
 * @param ruled how many hosts each review rule decided after the run, by rule name
 */
public record DiscoveryReport(long runId, RunStatus status, List<SourceOutcome> sources, List<HostChange> changes,
                              int hosts, Duration took, Map<String, Integer> ruled) {

    public DiscoveryReport {
        sources = List.copyOf(sources);
        changes = List.copyOf(changes);
        ruled = Map.copyOf(ruled);
    }

    public long count(HostChange.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    public boolean anySourceSucceeded() {
        return sources.stream().anyMatch(SourceOutcome::succeeded);
    }
}
