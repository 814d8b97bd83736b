package org.netboxauto.store;

import java.util.Optional;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Review;

import java.time.Instant;
import java.util.Objects;
import org.netboxauto.core.ReviewState;

/**
 * The admin's decision on a MAC. kind is one of the configured review.kinds or null;
 * overrides and note are null when not set; rule names the review rule that decided, null for a person.
 */
public record ReviewRecord(String mac, ReviewState state, String kind, String nameOverride, String roleOverride,
        String siteOverride, String note, Instant updatedAt, String rule) {

    public ReviewRecord {
        CanonicalMac.require(mac);
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    Review toReview() {
        return new Review(MacAddress.of(mac), state, Optional.ofNullable(kind), Optional.ofNullable(nameOverride),
                Optional.ofNullable(roleOverride), Optional.ofNullable(siteOverride), Optional.ofNullable(note),
                updatedAt, Optional.ofNullable(rule));
    }

    static ReviewRecord of(Review r) {
        return new ReviewRecord(r.mac().toString(), r.state(), r.kind().orElse(null), r.nameOverride().orElse(null),
                r.roleOverride().orElse(null), r.siteOverride().orElse(null), r.note().orElse(null), r.updatedAt(),
                r.rule().orElse(null));
    }
}
