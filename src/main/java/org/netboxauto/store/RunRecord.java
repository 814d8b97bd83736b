package org.netboxauto.store;

import org.netboxauto.core.RunStatus;
import java.time.Instant;
import java.util.Objects;

/** A discovery run row; {@code finished} is null while it runs. */
public record RunRecord(long id, Instant started, Instant finished, RunStatus status) {

    public RunRecord {
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(status, "status");
    }
}
