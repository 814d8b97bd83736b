package org.netboxauto.service;

import java.time.Instant;
import java.util.Objects;

/** One alert for one channel in the store's outbox; {@code payload} is the event as JSON. */
public record AlertDelivery(long id, String eventKey, String channel, String kind, String payload, Instant created,
                            int attempts, Instant nextAttempt) {

    public AlertDelivery {
        Objects.requireNonNull(eventKey, "eventKey");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(nextAttempt, "nextAttempt");
    }
}
