package org.netboxauto.service;

import java.util.Objects;
import java.util.Optional;
import org.netboxauto.core.Host;
import org.netboxauto.core.KindSuggestion;
import org.netboxauto.core.Review;
import org.netboxauto.core.ReviewState;

/** A host with the admin's decision on it (pending when none was made), as the host lists show it. */
public record HostEntry(Host host, Review review) {

    public HostEntry {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(review, "review");
    }

    /** A host no one has decided on yet. */
    public static HostEntry pending(Host host) {
        return new HostEntry(host, Review.pending(host.mac(), host.firstSeen()));
    }

    /** Whether nobody has decided on the host: no review was ever saved (a rule decides only such hosts). */
    public boolean undecided() {
        return review.equals(Review.pending(host.mac(), host.firstSeen()));
    }

    public ReviewState state() {
        return review.state();
    }

    public Optional<String> kind() {
        return review.kind();
    }

    /** A kind to offer when none is set; never applied without the admin. */
    public Optional<String> suggestedKind() {
        return review.kind().isPresent() ? Optional.empty() : KindSuggestion.of(host);
    }
}
