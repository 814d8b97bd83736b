package org.netboxauto.service;

import java.util.List;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Review;

/**
 * What one decision changed, so it can be undone.
 *
 * @param replaced the reviews as they were before, for hosts that had one
 * @param created  hosts that had no review before
 * @param now      the reviews as saved
 */
public record ReviewChange(List<Review> replaced, List<MacAddress> created, List<Review> now) {

    public ReviewChange {
        replaced = List.copyOf(replaced);
        created = List.copyOf(created);
        now = List.copyOf(now);
    }
}
