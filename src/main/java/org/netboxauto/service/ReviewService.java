package org.netboxauto.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netboxauto.config.AppConfig;
import org.netboxauto.config.ReviewConfig;
import org.netboxauto.core.Decision;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Review;

/** The admin's decisions: one service behind the Review tab and the approve/reject/classify commands. */
public final class ReviewService {

    private final StoreAccess stores;
    private final Clock clock;

    public ReviewService(StoreAccess stores, Clock clock) {
        this.stores = stores;
        this.clock = clock;
    }

    /**
     * Applies {@code decision} to every host in {@code macs} at once and returns what it replaced, for undo.
     *
     * @throws IllegalArgumentException naming the MACs that are no host's, or a kind not in review.kinds
     */
    public ReviewChange apply(AppConfig config, Collection<MacAddress> macs, Decision decision) {
        if (decision instanceof Decision.Classify c && c.kind().isPresent()) {
            List<String> kinds = config.review().kinds().stream().map(ReviewConfig.Kind::name).toList();
            if (!kinds.contains(c.kind().get())) {
                throw new IllegalArgumentException("\"" + c.kind().get() + "\" is not a kind; the kinds are "
                        + String.join(", ", kinds) + " (review.kinds in the config)");
            }
        }
        try (StagingStore store = stores.open(config.store())) {
            Set<MacAddress> known = store.hostMacs();
            List<String> unknown = macs.stream().filter(m -> !known.contains(m)).map(MacAddress::toString).toList();
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("no discovered host has the MAC " + String.join(", ", unknown)
                        + "; list them with: netbox-auto hosts");
            }
            Map<MacAddress, Review> reviews = store.reviews();
            List<Review> before = new ArrayList<>();
            List<Review> after = new ArrayList<>();
            for (MacAddress mac : macs) {
                Review was = reviews.getOrDefault(mac, Review.pending(mac, clock.instant()));
                before.add(was);
                after.add(was.with(decision, clock.instant()));
            }
            store.saveReviews(after);
            return new ReviewChange(before.stream().filter(r -> reviews.containsKey(r.mac())).toList(),
                    before.stream().map(Review::mac).filter(m -> !reviews.containsKey(m)).toList(), after);
        }
    }

    /** Puts back what {@link #apply} replaced. */
    public void undo(AppConfig config, ReviewChange change) {
        try (StagingStore store = stores.open(config.store())) {
            store.saveReviews(change.replaced());
            store.deleteReviews(change.created());
        }
    }
}
