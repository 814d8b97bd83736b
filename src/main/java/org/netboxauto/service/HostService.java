package org.netboxauto.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netboxauto.config.StoreConfig;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Review;
import org.netboxauto.core.ReviewState;

/** Reads the host list and the last run for the faces. */
public final class HostService {

    private final StoreAccess stores;

    public HostService(StoreAccess stores) {
        this.stores = stores;
    }

    /** Every host with its review state (pending when never reviewed), ordered by MAC. */
    public List<HostEntry> hosts(StoreConfig config) {
        try (StagingStore store = stores.open(config)) {
            Map<MacAddress, Review> reviews = store.reviews();
            return store.hosts().stream().map(h -> {
                Optional<Review> review = Optional.ofNullable(reviews.get(h.mac()));
                return new HostEntry(h, review.map(Review::state).orElse(ReviewState.PENDING),
                        review.flatMap(Review::kind));
            }).toList();
        }
    }

    public List<org.netboxauto.core.HostChange> changes(StoreConfig config, long runId) {
        try (StagingStore store = stores.open(config)) {
            return store.changes(runId);
        }
    }

    public Optional<RunSummary> lastRun(StoreConfig config) {
        try (StagingStore store = stores.open(config)) {
            return store.lastRun();
        }
    }
}
