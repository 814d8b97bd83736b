package org.netboxauto.service;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.netboxauto.core.HostCounts;

/** What {@code status} shows: where things live and what the store holds. */
public record StatusReport(String store, Optional<Path> config, long runs, HostCounts hosts, Optional<Instant> lastRun,
                           Optional<RunSummary> lastRunSummary, Optional<PushSummary> lastPush) {
}
