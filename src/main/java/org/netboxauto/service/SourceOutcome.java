package org.netboxauto.service;

import java.util.Objects;
import java.util.Optional;
import org.netboxauto.core.SourceStatus;

/** How one source did in one run: observations kept, or why it failed. */
public record SourceOutcome(String source, SourceStatus status, int observations, Optional<String> error) {

    public SourceOutcome {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(error, "error");
    }

    public static SourceOutcome succeeded(String source, int observations) {
        return new SourceOutcome(source, SourceStatus.SUCCEEDED, observations, Optional.empty());
    }

    public static SourceOutcome failed(String source, String reason) {
        return new SourceOutcome(source, SourceStatus.FAILED, 0, Optional.of(reason));
    }

    public boolean succeeded() {
        return status == SourceStatus.SUCCEEDED;
    }
}
