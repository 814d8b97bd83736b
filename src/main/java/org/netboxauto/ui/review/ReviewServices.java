package org.netboxauto.ui.review;

import java.util.Collection;
import java.util.List;
import org.netboxauto.core.Decision;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.service.HostEntry;
import org.netboxauto.service.ReviewChange;

/** What the Review tab needs from the application; called off the FX thread. */
public interface ReviewServices {

    /** Every host with its review, ordered by MAC; empty when the config has errors. */
    List<HostEntry> reviewHosts();

    /** The kinds hosts can be classified as (review.kinds), in key order 1-8. */
    List<String> kinds();

    /** @throws IllegalArgumentException for an unknown MAC or kind, or a config with errors */
    ReviewChange decide(Collection<MacAddress> macs, Decision decision);

    void undo(ReviewChange change);

    /** What every run observed of this MAC, oldest first. */
    List<Observation> history(MacAddress mac);
}
