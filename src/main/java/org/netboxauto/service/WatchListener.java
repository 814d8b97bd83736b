package org.netboxauto.service;

import java.time.Instant;
import java.util.List;

/** Hears a watcher: one call per run, and when it waits. */
public interface WatchListener {

    /** The watcher started and runs first at {@code next}. */
    void started(List<String> sources, Instant next);

    void ran(DiscoveryReport report, Instant next);

    /** Alerts went out, or some could not. */
    default void alerts(AlertService.Delivered delivered) {
    }

    /** A run could not start or failed as a whole (store unavailable, say); the watcher goes on. */
    void failed(List<String> sources, String reason, Instant next);
}
