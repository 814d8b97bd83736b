package org.netboxauto.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@code watch} process last said about itself, for {@code status}.
 *
 * @param lastRun    when its last run started, and how it ended (e.g. {@code succeeded}), when it has run
 * @param next       when it runs next
 * @param alive      whether that process still runs on this machine
 */
public record WatchHealth(long pid, Instant started, Duration every, Optional<Instant> lastRun,
                          Optional<String> lastStatus, Optional<Long> lastRunId, Instant next, boolean alive) {

    public WatchHealth {
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(every, "every");
        Objects.requireNonNull(lastRun, "lastRun");
        Objects.requireNonNull(lastStatus, "lastStatus");
        Objects.requireNonNull(lastRunId, "lastRunId");
        Objects.requireNonNull(next, "next");
    }

    /** This state with the next run at {@code at}. */
    WatchHealth nextAt(Instant at) {
        return new WatchHealth(pid, started, every, lastRun, lastStatus, lastRunId, at, alive);
    }

    /** This state after a run that started at {@code at} and ended as {@code status}. */
    WatchHealth ran(Instant at, String status, Optional<Long> runId) {
        return new WatchHealth(pid, started, every, Optional.of(at), Optional.of(status), runId, next, alive);
    }
}
