package org.netboxauto.service;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.netboxauto.core.HostCounts;

/**
 * What {@code status} shows: where things live and what the store holds.
 *
 * @param lastPushParts the last push's NetBox part and each DNS target's, apart; empty when there was none
 */
public record StatusReport(String store, Optional<Path> config, long runs, HostCounts hosts, Optional<Instant> lastRun,
                           Optional<RunSummary> lastRunSummary, Optional<PushSummary> lastPush,
                           java.util.List<PushPart> lastPushParts) {

    public StatusReport {
        lastPushParts = java.util.List.copyOf(lastPushParts);
    }

    public StatusReport(String store, Optional<Path> config, long runs, HostCounts hosts, Optional<Instant> lastRun,
                        Optional<RunSummary> lastRunSummary, Optional<PushSummary> lastPush) {
        this(store, config, runs, hosts, lastRun, lastRunSummary, lastPush, java.util.List.of());
    }
}
