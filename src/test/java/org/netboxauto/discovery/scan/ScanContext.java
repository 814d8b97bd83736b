package org.netboxauto.discovery.scan;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.netboxauto.discovery.CollectorContext;

/** A run's context for scan tests: keeps the progress lines and can be cancelled. */
final class ScanContext implements CollectorContext {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private final List<String> progress = new CopyOnWriteArrayList<>();
    private volatile boolean cancelled;

    @Override
    public void progress(String message) {
        progress.add(message);
    }

    @Override
    public void onCancel(AutoCloseable resource) {
        // the sweep never blocks, it checks cancelled() between packets
    }

    @Override
    public boolean cancelled() {
        return cancelled;
    }

    @Override
    public Instant now() {
        return NOW;
    }

    void cancel() {
        cancelled = true;
    }

    List<String> progressLines() {
        return progress;
    }
}
