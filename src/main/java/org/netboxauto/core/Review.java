package org.netboxauto.core;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The admin's decision on a host, kept apart from what discovery found and keyed by its MAC, so a
 * re-discovery that changes the host's IP or name never loses it.
 *
 * @param rule the review rule that made this decision; empty when a person made it
 */
public record Review(MacAddress mac, ReviewState state, Optional<String> kind, Optional<String> nameOverride,
                     Optional<String> roleOverride, Optional<String> siteOverride, Optional<String> note,
                     Instant updatedAt, Optional<String> rule) {

    public Review {
        Objects.requireNonNull(mac, "mac");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(nameOverride, "nameOverride");
        Objects.requireNonNull(roleOverride, "roleOverride");
        Objects.requireNonNull(siteOverride, "siteOverride");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(rule, "rule");
    }

    /** A person's decision. */
    public Review(MacAddress mac, ReviewState state, Optional<String> kind, Optional<String> nameOverride,
                  Optional<String> roleOverride, Optional<String> siteOverride, Optional<String> note,
                  Instant updatedAt) {
        this(mac, state, kind, nameOverride, roleOverride, siteOverride, note, updatedAt, Optional.empty());
    }

    public Review(MacAddress mac, ReviewState state, Optional<String> kind, Instant updatedAt) {
        this(mac, state, kind, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), updatedAt);
    }

    /** A host nobody has decided on yet. */
    public static Review pending(MacAddress mac, Instant at) {
        return new Review(mac, ReviewState.PENDING, Optional.empty(), at);
    }

    /** This review with a person's {@code decision} applied at {@code at}: it is the person's from now on. */
    public Review with(Decision decision, Instant at) {
        return switch (decision) {
            case Decision.SetState s -> new Review(mac, s.state(), kind, nameOverride, roleOverride, siteOverride, note, at);
            case Decision.Classify c -> new Review(mac, state, c.kind(), nameOverride, roleOverride, siteOverride, note, at);
            case Decision.Override o -> new Review(mac, state, kind, o.name(), o.role(), o.site(), note, at);
            case Decision.Note n -> new Review(mac, state, kind, nameOverride, roleOverride, siteOverride, n.text(), at);
        };
    }
}
