package org.netboxauto.netbox;

import java.time.Duration;
import java.util.Set;

/**
 * When a request is sent again: reads on 429, 502, 503, 504 and dropped connections; writes only
 * on 429, which NetBox sends before doing anything.
 */
public record RetryPolicy(int attempts, Duration firstBackoff, Duration maxBackoff) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(20));

    private static final Set<Integer> READ_RETRY = Set.of(429, 502, 503, 504);

    boolean retries(int status, boolean read) {
        return read ? READ_RETRY.contains(status) : status == 429;
    }

    /** Exponential, or what the server's {@code Retry-After} asks for, capped by {@link #maxBackoff}. */
    Duration backoff(int attempt, Duration retryAfter) {
        Duration exp = firstBackoff.multipliedBy(1L << Math.min(attempt, 16));
        Duration wait = retryAfter != null && retryAfter.compareTo(exp) > 0 ? retryAfter : exp;
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
