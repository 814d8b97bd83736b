package org.netboxauto.store;

import org.netboxauto.core.SourceStatus;
import java.util.Objects;

/** How one source did in one run; {@code errorMessage} is null when it succeeded. */
public record SourceResultRecord(long runId, String source, SourceStatus status, int observationCount,
        String errorMessage) {

    public SourceResultRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        if (observationCount < 0) {
            throw new IllegalArgumentException("observation count cannot be negative");
        }
    }
}
