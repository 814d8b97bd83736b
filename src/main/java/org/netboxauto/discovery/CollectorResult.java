package org.netboxauto.discovery;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.netboxauto.core.Observation;

/** What one collector returned, or why it failed. */
public record CollectorResult(String source, List<Observation> observations, Optional<String> error, Duration took) {

    public CollectorResult {
        Objects.requireNonNull(source, "source");
        observations = List.copyOf(observations);
        Objects.requireNonNull(error, "error");
    }

    public boolean succeeded() {
        return error.isEmpty();
    }
}
