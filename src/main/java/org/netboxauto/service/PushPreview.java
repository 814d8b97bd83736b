package org.netboxauto.service;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.netboxauto.core.push.PushPlan;

/**
 * A push as it would run: the plan against what NetBox holds now, nothing written yet.
 *
 * @param interrupted the last push, when it stopped before its end: this plan picks up what it left
 * @param planTime    computing the plan alone, NetBox reads excluded
 */
public record PushPreview(URI netbox, String version, PushPlan plan, Optional<PushSummary> interrupted,
                          long readRequests, Duration readTime, Duration planTime) {

    public PushPreview {
        Objects.requireNonNull(netbox, "netbox");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(interrupted, "interrupted");
    }
}
