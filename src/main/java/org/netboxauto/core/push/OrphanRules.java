package org.netboxauto.core.push;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the host of an object carrying netbox-auto's tag must have been gone before the plan proposes
 * setting the object offline, then removing it.
 */
public record OrphanRules(Duration offlineAfter, Duration removeAfter) {

    public OrphanRules {
        Objects.requireNonNull(offlineAfter, "offlineAfter");
        Objects.requireNonNull(removeAfter, "removeAfter");
    }
}
