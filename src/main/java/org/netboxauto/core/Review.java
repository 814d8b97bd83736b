package org.netboxauto.core;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** The admin's decision on a host: its state and kind, kept apart from what discovery found. */
public record Review(MacAddress mac, ReviewState state, Optional<String> kind, Instant updatedAt) {

    public Review {
        Objects.requireNonNull(mac, "mac");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
