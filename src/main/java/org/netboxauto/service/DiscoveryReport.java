package org.netboxauto.service;

import java.time.Duration;
import java.util.List;
import org.netboxauto.core.HostChange;
import org.netboxauto.core.RunStatus;

/** What a discovery run did: per source, and to the host list. */
public record DiscoveryReport(long runId, RunStatus status, List<SourceOutcome> sources, List<HostChange> changes,
                              int hosts, Duration took) {

    public DiscoveryReport {
        sources = List.copyOf(sources);
        changes = List.copyOf(changes);
    }

    public long count(HostChange.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    public boolean anySourceSucceeded() {
        return sources.stream().anyMatch(SourceOutcome::succeeded);
    }
}
