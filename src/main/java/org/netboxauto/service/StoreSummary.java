package org.netboxauto.service;

import java.time.Instant;
import java.util.Optional;
import org.netboxauto.core.HostCounts;

public record StoreSummary(long runs, HostCounts hosts, Optional<Instant> lastRun) {
}
