package org.netboxauto.discovery.proxmox;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.netboxauto.discovery.CollectorContext;

/** A run's context that keeps progress lines and closes what was registered when cancelled. */
final class RecordingContext implements CollectorContext {

    static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    private final List<String> progress = new CopyOnWriteArrayList<>();
    private final List<AutoCloseable> resources = new CopyOnWriteArrayList<>();
    private volatile boolean cancelled;

    @Override
    public void progress(String message) {
        progress.add(message);
    }

    @Override
    public void onCancel(AutoCloseable resource) {
        resources.add(resource);
    }

    @Override
    public boolean cancelled() {
        return cancelled;
    }

    @Override
    public Instant now() {
        return NOW;
    }

    List<String> progressLines() {
        return List.copyOf(progress);
    }

    void cancel() throws Exception {
        cancelled = true;
        for (AutoCloseable r : resources) {
            r.close();
        }
    }
}
