package org.netboxauto.service;

import java.time.Instant;
import java.util.Objects;

/**
 * A source's most recent read, whichever run it was in: a source left out of the last run
 * ({@code discover --source other}) still shows when it last answered.
 *
 * @param at when that run finished (or started, when it was cut short)
 */
public record SourceLastRead(SourceOutcome outcome, long runId, Instant at) {

    public SourceLastRead {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(at, "at");
    }
}
