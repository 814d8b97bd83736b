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

    /** The review rules of the loaded config, in order; none when the config has errors. */
    default org.netboxauto.core.rules.ReviewRules reviewRules() {
        return org.netboxauto.core.rules.ReviewRules.NONE;
    }

    /**
     * Adds {@code rule} at the end of review.rules in the config file, keeping the rest of the file;
     * returns the file.
     *
     * @throws java.io.IOException when there is no config file, it cannot be written, or has a rule of that name
     */
    default java.nio.file.Path addReviewRule(org.netboxauto.core.rules.ReviewRule rule) throws java.io.IOException {
        throw new java.io.IOException("this app has no config file to add the rule to");
    }
}
