package org.netboxauto.net;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A hard end for one exchange with a peer: when it passes, {@code abort} runs (closing the socket), so a peer
 * that trickles bytes or streams forever cannot outlast the configured timeout. A read timeout alone only
 * bounds the gap between two bytes.
 */
public final class Deadline implements AutoCloseable {

    private final CompletableFuture<Boolean> watch = new CompletableFuture<>();
    private volatile boolean expired;

    private Deadline(Duration after, Runnable abort) {
        watch.completeOnTimeout(Boolean.TRUE, Math.max(1, after.toMillis()), TimeUnit.MILLISECONDS)
                .thenAccept(fired -> {
                    if (fired) {
                        expired = true;
                        abort.run();
                    }
                });
    }

    /** Starts the watch; {@link #close()} ends it when the exchange finished in time. */
    public static Deadline after(Duration after, Runnable abort) {
        return new Deadline(after, abort);
    }

    /** Whether the deadline passed and the exchange was aborted. */
    public boolean expired() {
        return expired;
    }

    @Override
    public void close() {
        watch.complete(Boolean.FALSE);
    }
}
