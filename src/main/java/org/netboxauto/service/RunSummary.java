package org.netboxauto.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.netboxauto.core.RunStatus;

/** A discovery run as stored: per-source outcomes and how many hosts were new, changed, gone. */
public record RunSummary(long id, Instant started, Optional<Instant> finished, RunStatus status,
                         List<SourceOutcome> sources, long newHosts, long changedHosts, long goneHosts) {

    public RunSummary {
        sources = List.copyOf(sources);
    }
}
