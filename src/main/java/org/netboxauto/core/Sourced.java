package org.netboxauto.core;

import java.time.Instant;
import java.util.Objects;

/** A value with its provenance: which source said it, and when it last did. */
public record Sourced<T>(T value, String source, Instant seenAt) {

    public Sourced {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(seenAt, "seenAt");
    }
}
