package org.netboxauto.testsupport;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.netboxauto.core.topology.SwitchReport;
import org.netboxauto.discovery.CollectorContext;

/** A run's context for collector tests: keeps progress lines, and on cancel does what the orchestrator does. */
public class RecordingContext implements CollectorContext {

    private final Instant now;
    private final List<String> progress = new CopyOnWriteArrayList<>();
    private final List<AutoCloseable> resources = new CopyOnWriteArrayList<>();
    private final List<SwitchReport> reports = new CopyOnWriteArrayList<>();
    private volatile boolean cancelled;

    public RecordingContext(Instant now) {
        this.now = now;
    }

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
        return now;
    }

    /** Flags the run cancelled and closes what the collector registered (best effort, as the orchestrator). */
    public void cancel() {
        cancelled = true;
        for (AutoCloseable r : resources) {
            try {
                r.close();
            } catch (Exception ignored) {
                // best effort, as in the orchestrator
            }
        }
    }

    /** Cancels and interrupts the collecting thread, as the orchestrator does. */
    public void cancel(Thread collecting) {
        collecting.interrupt();
        cancel();
    }

    @Override
    public void report(SwitchReport report) {
        reports.add(report);
    }

    /** The switch reports the collector handed over. */
    public List<SwitchReport> reports() {
        return List.copyOf(reports);
    }

    public List<String> progressLines() {
        return List.copyOf(progress);
    }
}
