package org.netboxauto.ui.discovery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.concurrent.Task;
import org.netboxauto.core.HostChange;
import org.netboxauto.discovery.CollectorResult;
import org.netboxauto.discovery.DiscoveryListener;
import org.netboxauto.discovery.RunControl;
import org.netboxauto.service.DiscoveryReport;
import org.netboxauto.service.RunSummary;
import org.netboxauto.service.SourceOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Discovery tab's state. Collector events arrive on their threads, are queued, and reach the
 * FX thread in batches: one hand-over per burst, never one per line.
 */
public final class DiscoveryViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(DiscoveryViewModel.class);
    static final int LOG_LINES_KEPT = 2_000;

    private final DiscoveryServices services;
    private final Executor worker;
    private final Executor fx;
    private final ObservableList<SourceRow> sources =
            FXCollections.observableArrayList(r -> new Observable[] {r.selectedProperty()});
    private final ObservableList<String> log = FXCollections.observableArrayList();
    private final ObservableList<HostChange> changes = FXCollections.observableArrayList();
    private final FilteredList<HostChange> shownChanges = new FilteredList<>(changes);
    private final ObjectProperty<HostChange.Kind> changeFilter = new SimpleObjectProperty<>(this, "changeFilter");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper runFailed = new ReadOnlyBooleanWrapper(this, "runFailed");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "No run yet.");
    private final ReadOnlyStringWrapper newCount = new ReadOnlyStringWrapper(this, "newCount", "0");
    private final ReadOnlyStringWrapper changedCount = new ReadOnlyStringWrapper(this, "changedCount", "0");
    private final ReadOnlyStringWrapper goneCount = new ReadOnlyStringWrapper(this, "goneCount", "0");
    private final Queue<Runnable> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final Runnable onRunFinished;
    private volatile RunControl control = new RunControl();
    private final javafx.beans.property.BooleanProperty repeat =
            new javafx.beans.property.SimpleBooleanProperty(this, "repeat");
    private final ReadOnlyStringWrapper nextRun = new ReadOnlyStringWrapper(this, "nextRun", "");
    private final ReadOnlyStringWrapper repeatLabel = new ReadOnlyStringWrapper(this, "repeatLabel", "Every 1 h");
    private volatile Duration every = Duration.ofHours(1);
    private java.util.concurrent.ScheduledFuture<?> nextStart;
    private final java.util.concurrent.ScheduledExecutorService timer =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().daemon()
                    .name("discovery-every").unstarted(r));

    public DiscoveryViewModel(DiscoveryServices services, Executor worker, Executor fx, Runnable onRunFinished) {
        this.services = services;
        this.worker = worker;
        this.fx = fx;
        this.onRunFinished = onRunFinished;
        changeFilter.addListener((obs, old, kind) -> shownChanges.setPredicate(kind == null ? null
                : c -> c.kind() == kind));
        repeat.addListener((obs, old, on) -> {
            if (on) {
                scheduleNext();
            } else {
                cancelNext();
            }
        });
    }

    /** The "every" switch: while on, the chosen sources run once per {@code watch.every}, the first run at once. */
    public javafx.beans.property.BooleanProperty repeatProperty() {
        return repeat;
    }

    /** "Next run 15:03" while the switch is on. */
    public ReadOnlyStringProperty nextRunProperty() {
        return nextRun.getReadOnlyProperty();
    }

    /** "Every 1 h", from watch.every. */
    public ReadOnlyStringProperty repeatLabelProperty() {
        return repeatLabel.getReadOnlyProperty();
    }

    /** The switch was turned on: the first run now (or when the one under way ends), then one per interval. */
    private void scheduleNext() {
        cancelNext();
        if (running.get()) {
            nextRun.set("Next run " + EveryText.of(every) + " after this one");
            return;
        }
        start();
        if (!running.get()) {
            nextRun.set("Tick a source to run it every " + EveryText.of(every));
        }
    }

    private void cancelNext() {
        if (nextStart != null) {
            nextStart.cancel(false);
            nextStart = null;
        }
        nextRun.set("");
    }

    /** Reads the configured sources and the last run; call on the FX thread. */
    public void load() {
        worker.execute(() -> {
            List<String> ids = services.discoverySources();
            Duration interval = services.watchEvery();
            var last = services.lastRun();
            List<HostChange> lastChanges = last.map(r -> services.changes(r.id())).orElse(List.of());
            fx.execute(() -> {
                every = interval;
                repeatLabel.set("Every " + EveryText.of(interval));
                List<SourceRow> rows = ids.stream().map(SourceRow::new).toList();
                sources.setAll(rows);
                last.ifPresent(r -> showSummary(r, lastChanges));
            });
        });
    }

    /** Another process may have run discovery: shows the latest run's summary, unless a run goes on here. */
    public void lastRunChanged() {
        if (running.get()) {
            return;
        }
        worker.execute(() -> {
            java.util.Optional<org.netboxauto.service.RunSummary> last;
            List<HostChange> lastChanges;
            try {
                last = services.lastRun();
                lastChanges = last.map(r -> services.changes(r.id())).orElse(List.of());
            } catch (RuntimeException e) {
                // the status bar says why the store cannot be read
                return;
            }
            fx.execute(() -> last.ifPresent(r -> {
                if (!running.get()) {
                    showSummary(r, lastChanges);
                }
            }));
        });
    }

    /** Runs the chosen sources; call on the FX thread. */
    public void start() {
        List<String> chosen = sources.stream().filter(r -> r.selectedProperty().get()).map(SourceRow::source).toList();
        if (chosen.isEmpty() || running.get()) {
            return;
        }
        RunControl runControl = new RunControl();
        control = runControl;
        running.set(true);
        runFailed.set(false);
        progress.set(0);
        message.set("Starting " + chosen.size() + (chosen.size() == 1 ? " source…" : " sources…"));
        log.clear();
        sources.forEach(r -> r.show(chosen.contains(r.source()) ? SourceRow.State.RUNNING : SourceRow.State.IDLE,
                chosen.contains(r.source()) ? "waiting" : "not chosen"));
        Task<DiscoveryReport> task = new Task<>() {
            @Override
            protected DiscoveryReport call() {
                return services.discover(chosen, new Listener(), runControl);
            }
        };
        task.setOnSucceeded(e -> finished(task.getValue()));
        task.setOnFailed(e -> {
            Throwable t = task.getException();
            LOG.warn("Discovery failed", t);
            failed(t.getMessage() == null ? t.toString() : t.getMessage());
        });
        worker.execute(task);
    }

    /** Stops the sources still running; what the others found is kept. */
    public void cancel() {
        control.cancel();
        message.set("Cancelling…");
    }

    private void finished(DiscoveryReport report) {
        running.set(false);
        progress.set(1);
        for (SourceOutcome o : report.sources()) {
            row(o.source()).ifPresent(r -> r.show(o.succeeded() ? SourceRow.State.SUCCEEDED : SourceRow.State.FAILED,
                    o.succeeded() ? org.netboxauto.core.Plural.of(o.observations(), "observation") : o.error().orElse("")));
        }
        runFailed.set(report.status() != org.netboxauto.core.RunStatus.SUCCEEDED);
        message.set("Run " + report.runId() + " " + report.status().name().toLowerCase(Locale.ROOT) + " in "
                + seconds(report.took()));
        showCounts(report.changes(), report.hosts());
        changes.setAll(report.changes());
        onRunFinished.run();
        afterRun();
    }

    /** While the switch is on, the next run is one interval after this one ended, whatever its result. */
    private void afterRun() {
        if (!repeat.get()) {
            return;
        }
        cancelNext();
        nextRun.set("Next run " + org.netboxauto.core.TimeText.text(java.time.Instant.now().plus(every)));
        nextStart = timer.schedule(() -> fx.execute(() -> {
            if (repeat.get() && !running.get()) {
                start();
            }
        }), every.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private void failed(String reason) {
        running.set(false);
        progress.set(0);
        runFailed.set(true);
        message.set("Discovery could not start: " + reason);
        addLog("error: " + reason);
        afterRun();
        sources.forEach(r -> {
            if (r.stateProperty().get() == SourceRow.State.RUNNING) {
                r.show(SourceRow.State.IDLE, "");
            }
        });
    }

    private void showSummary(RunSummary run, List<HostChange> runChanges) {
        runFailed.set(run.status() != org.netboxauto.core.RunStatus.SUCCEEDED);
        message.set("Last run " + run.id() + " " + run.status().name().toLowerCase(Locale.ROOT)
                + run.finished().map(f -> " at " + org.netboxauto.core.TimeText.text(f)).orElse(""));
        for (SourceOutcome o : run.sources()) {
            row(o.source()).ifPresent(r -> r.show(o.succeeded() ? SourceRow.State.SUCCEEDED : SourceRow.State.FAILED,
                    o.succeeded() ? org.netboxauto.core.Plural.of(o.observations(), "observation") : o.error().orElse("")));
        }
        showCounts(runChanges, -1);
        changes.setAll(runChanges);
    }

    private void showCounts(List<HostChange> list, int total) {
        long n = list.stream().filter(c -> c.kind() == HostChange.Kind.NEW).count();
        long c = list.stream().filter(ch -> ch.kind() == HostChange.Kind.CHANGED).count();
        long g = list.stream().filter(ch -> ch.kind() == HostChange.Kind.GONE).count();
        newCount.set(Long.toString(n));
        changedCount.set(Long.toString(c));
        goneCount.set(Long.toString(g));
        summary.set(n + " new, " + c + " changed, " + g + " gone" + (total >= 0 ? " · "
                + org.netboxauto.core.Plural.of(total, "host") + " in all" : ""));
    }

    private java.util.Optional<SourceRow> row(String source) {
        return sources.stream().filter(r -> r.source().equals(source)).findFirst();
    }

    private void addLog(String line) {
        log.add(line);
        if (log.size() > LOG_LINES_KEPT) {
            log.remove(0, log.size() - LOG_LINES_KEPT);
        }
    }

    /** Queues an FX update; the first of a burst schedules one drain for all. */
    private void later(Runnable update) {
        pending.add(update);
        if (drainScheduled.compareAndSet(false, true)) {
            fx.execute(() -> {
                drainScheduled.set(false);
                List<Runnable> batch = new ArrayList<>();
                for (Runnable r; (r = pending.poll()) != null; ) {
                    batch.add(r);
                }
                batch.forEach(Runnable::run);
            });
        }
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    private final class Listener implements DiscoveryListener {
        @Override
        public void sourceStarted(String source) {
            later(() -> {
                row(source).ifPresent(r -> r.show(SourceRow.State.RUNNING, "running"));
                addLog(source + ": started");
            });
        }

        @Override
        public void sourceMessage(String source, String text) {
            later(() -> {
                row(source).ifPresent(r -> r.detailProperty().set(text));
                addLog(source + ": " + text);
            });
        }

        @Override
        public void sourceFinished(CollectorResult result, int done, int total) {
            later(() -> {
                row(result.source()).ifPresent(r -> {
                    r.show(result.succeeded() ? SourceRow.State.SUCCEEDED : SourceRow.State.FAILED,
                            result.succeeded() ? org.netboxauto.core.Plural.of(result.observations().size(),
                                    "observation") : result.error().orElse(""));
                    r.untrustedProperty().set(result.untrusted().orElse(null));
                });
                addLog(result.source() + ": " + (result.succeeded() ? result.observations().size()
                        + " observations in " + result.took().toMillis() + " ms" : "failed: " + result.error().orElse("")));
                progress.set((double) done / total);
                message.set(done + " of " + total + " sources done");
            });
        }
    }

    /**
     * Pins the certificate {@code row}'s source refused in its config entry; the next run trusts it.
     * Writes only the config file, never NetBox.
     */
    public void trust(SourceRow row, org.netboxauto.net.CertificateSummary certificate) {
        var refused = row.untrustedProperty().get();
        if (refused == null) {
            return;
        }
        String key = refused.entry() + ".tls.fingerprint-sha256";
        worker.execute(() -> {
            try {
                services.trustSourceCertificate(refused.entry(), certificate);
                later(() -> {
                    row.show(SourceRow.State.IDLE, "Certificate trusted: pinned as " + key + ". Run discovery again.");
                    addLog(row.source() + ": certificate " + certificate.sha256() + " pinned in " + key);
                });
            } catch (java.io.IOException | RuntimeException e) {
                LOG.warn("Could not pin the certificate of {}", row.source(), e);
                later(() -> row.detailProperty().set("Could not pin the certificate: " + e.getMessage()
                        + ". Set " + key + " in File > Settings."));
            }
        });
    }

    public ObservableList<SourceRow> sources() {
        return sources;
    }

    public ObservableList<String> log() {
        return log;
    }

    public ObservableList<HostChange> shownChanges() {
        return shownChanges;
    }

    public ObjectProperty<HostChange.Kind> changeFilterProperty() {
        return changeFilter;
    }

    /** Whether the run shown failed or was partial: its message shows red. */
    public ReadOnlyBooleanProperty runFailedProperty() {
        return runFailed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True when Start can run: not running and at least one source chosen. */
    public BooleanBinding canStart() {
        return Bindings.createBooleanBinding(() -> !running.get() && sources.stream()
                .anyMatch(r -> r.selectedProperty().get()), running, sources);
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty newCountProperty() {
        return newCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty changedCountProperty() {
        return changedCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty goneCountProperty() {
        return goneCount.getReadOnlyProperty();
    }
}
