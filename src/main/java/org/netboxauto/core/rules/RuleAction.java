package org.netboxauto.core.rules;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Review;
import org.netboxauto.core.ReviewState;

/** The {@code then} of a review rule: a state, a kind, NetBox overrides; what is not given stays as it is. */
public record RuleAction(Optional<ReviewState> state, Optional<String> kind, Optional<String> role,
                         Optional<String> site) {

    public RuleAction {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(site, "site");
    }

    public boolean isEmpty() {
        return state.isEmpty() && kind.isEmpty() && role.isEmpty() && site.isEmpty();
    }

    /** The decision on a host nobody decided on yet, marked as made by {@code rule}. */
    Review review(MacAddress mac, String rule, Instant at) {
        return new Review(mac, state.orElse(ReviewState.PENDING), kind, Optional.empty(), role, site, Optional.empty(),
                at, Optional.of(rule));
    }
}
