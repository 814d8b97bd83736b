package org.netboxauto.discovery;

/** Hears a run's progress; called from the collectors' threads, so implementations must be thread-safe. */
public interface DiscoveryListener {

    DiscoveryListener NONE = new DiscoveryListener() {
    };

    default void sourceStarted(String source) {
    }

    default void sourceMessage(String source, String message) {
    }

    /** A source ended; {@code done} of {@code total} sources have ended now. */
    default void sourceFinished(CollectorResult result, int done, int total) {
    }
}
