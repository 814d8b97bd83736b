package org.netboxauto.discovery.snmp;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.netboxauto.discovery.CollectorContext;

/** A run's context for tests: keeps progress lines, closes what was registered on {@link #cancel()}. */
final class TestContext implements CollectorContext {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private final List<String> progress = new CopyOnWriteArrayList<>();
    private final List<AutoCloseable> onCancel = new CopyOnWriteArrayList<>();
    private volatile boolean cancelled;

    @Override
    public void progress(String message) {
        progress.add(message);
    }

    @Override
    public void onCancel(AutoCloseable resource) {
        onCancel.add(resource);
    }

    @Override
    public boolean cancelled() {
        return cancelled;
    }

    @Override
    public Instant now() {
        return NOW;
    }

    void cancel(Thread collecting) {
        cancelled = true;
        collecting.interrupt();
        for (AutoCloseable c : onCancel) {
            try {
                c.close();
            } catch (Exception ignored) {
                // best effort, as in the orchestrator
            }
        }
    }

    List<String> progressLines() {
        return progress;
    }
}
