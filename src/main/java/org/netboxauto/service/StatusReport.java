package org.netboxauto.service;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.netboxauto.core.HostCounts;

/**
 * What {@code status} shows: where things live and what the store holds.
 *
 * @param lastPushParts the last push's NetBox part and each DNS target's, apart; empty when there was none
 * @param sources       each source's latest read, whichever run it was in
 * @param alertsWaiting change alerts not sent yet (a channel down, or not due again yet)
 */
public record StatusReport(String store, Optional<Path> config, long runs, HostCounts hosts, Optional<Instant> lastRun,
                           Optional<RunSummary> lastRunSummary, Optional<PushSummary> lastPush,
                           List<PushPart> lastPushParts, List<SourceLastRead> sources, long alertsWaiting) {

    public StatusReport {
        lastPushParts = List.copyOf(lastPushParts);
        sources = List.copyOf(sources);
    }
}
