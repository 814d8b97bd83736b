package org.netboxauto.core.push;

import java.util.Objects;
import org.netboxauto.core.Host;
import org.netboxauto.core.Review;

/** An approved host with the admin's decision on it. */
public record PushHost(Host host, Review review) {

    public PushHost {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(review, "review");
    }
}
