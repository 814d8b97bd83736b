package org.netboxauto.ui.push;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import org.netboxauto.core.HostFilter;
import org.netboxauto.core.push.ActionOutcome;
import org.netboxauto.core.push.ActionOutcome.State;
import org.netboxauto.core.push.ObjectRef;
import org.netboxauto.core.push.PlanProblem;
import org.netboxauto.service.HostEntry;
import org.netboxauto.service.PushConfirmation;
import org.netboxauto.service.PushPreview;
import org.netboxauto.service.PushReport;
import org.netboxauto.service.PushSummary;
import org.netboxauto.ui.diff.DiffServices;
import org.netboxauto.ui.review.ReviewServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Push tab's state, step by step: scope, the previewed plan as rows, applying it with progress,
 * and the summary. It calls the services off the FX thread and maps their results to rows.
 */
public final class PushViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(PushViewModel.class);
    private static final long HAND_OVER_NANOS = 100_000_000L;

    private final PushServices services;
    private final ReviewServices hosts;
    private final DiffServices browser;
    private final Executor worker;
    private final Executor background;
    private final Executor fx;
    private final ZoneId zone;
    private final PushScope scope = new PushScope();
    private final ReadOnlyObjectWrapper<PushStep> step = new ReadOnlyObjectWrapper<>(this, "step", PushStep.SCOPE);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper dnsError = new ReadOnlyStringWrapper(this, "dnsError", "");
    private final ReadOnlyObjectWrapper<PushPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyObjectWrapper<PushReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyBooleanWrapper applyEnded = new ReadOnlyBooleanWrapper(this, "applyEnded");
    private final PlanRows rows = new PlanRows();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final ConcurrentLinkedQueue<ActionOutcome> arrived = new ConcurrentLinkedQueue<>();
    private final AtomicLong lastHandOver = new AtomicLong();
    private final BooleanProperty groupByHost = new SimpleBooleanProperty(this, "groupByHost", true);
    private boolean scopeRead;

    /**
     * @param worker     runs the long work: reading NetBox, applying the plan
     * @param background runs the short work: the approved hosts, the last push, opening a browser
     */
    public PushViewModel(PushServices services, ReviewServices hosts, DiffServices browser, Executor worker,
                         Executor background, Executor fx) {
        this(services, hosts, browser, worker, background, fx, ZoneId.systemDefault());
    }

    PushViewModel(PushServices services, ReviewServices hosts, DiffServices browser, Executor worker,
                  Executor background, Executor fx, ZoneId zone) {
        this.services = services;
        this.hosts = hosts;
        this.browser = browser;
        this.worker = worker;
        this.background = background;
        this.fx = fx;
        this.zone = zone;
        groupByHost.addListener((obs, was, now) -> rows.groupByHost(now));
    }

    /** Reads the approved hosts and the last push for step 1; call on the FX thread. */
    public void loadScope() {
        scopeRead = true;
        background.execute(() -> {
            try {
                List<HostEntry> entries = hosts.reviewHosts();
                List<String> kinds = hosts.kinds();
                Optional<PushSummary> last = services.lastPush();
                fx.execute(() -> {
                    scope.show(entries, kinds);
                    Optional<PushSummary> stopped = last.filter(PushTexts::interrupted);
                    scope.last(stopped.map(s -> PushTexts.notice(s, zone)).orElse(""), last.filter(s -> stopped.isEmpty())
                            .map(s -> PushTexts.lastPush(s, zone)).orElse(""));
                });
            } catch (RuntimeException e) {
                LOG.warn("Could not read the approved hosts for the push", e);
                fx.execute(() -> error.set("Could not read the approved hosts: " + why(e)));
            }
        });
    }

    /** The hosts or their reviews changed elsewhere: counts again if step 1 was ever shown. */
    public void hostsChanged() {
        if (scopeRead) {
            loadScope();
        }
    }

    /** Reads NetBox and plans the push of the hosts in scope, with the removals picked; writes nothing. */
    public void preview() {
        if (running.get()) {
            return;
        }
        HostFilter filter;
        try {
            filter = scope.filter();
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        Set<ObjectRef.Existing> picked = rows.removals();
        Set<org.netboxauto.core.MacAddress> leftOut = rows.excluded();
        Set<ObjectRef.Existing> orphans = rows.orphanPicks();
        error.set("");
        running.set(true);
        progress.set(-1);
        message.set("Reading NetBox…");
        lastHandOver.set(System.nanoTime() - HAND_OVER_NANOS - 1);
        worker.execute(() -> {
            try {
                PushPreview result = services.previewPush(filter, picked, leftOut, orphans, (done, all, text) -> {
                    long now = System.nanoTime();
                    if (done == all || now - lastHandOver.get() > HAND_OVER_NANOS) {
                        lastHandOver.set(now);
                        fx.execute(() -> {
                            progress.set(all == 0 ? -1 : (double) done / all);
                            message.set(text);
                        });
                    }
                });
                fx.execute(() -> showPreview(result));
            } catch (RuntimeException e) {
                LOG.warn("Previewing the push failed", e);
                fx.execute(() -> {
                    running.set(false);
                    progress.set(0);
                    message.set("");
                    error.set("Could not preview the push: " + why(e));
                });
            }
        });
    }

    private void showPreview(PushPreview p) {
        rows.show(p);
        dnsError.set(p.dnsError().orElse(""));
        notice.set(p.interrupted().map(s -> PushTexts.notice(s, zone)).orElse(""));
        report.set(null);
        applyEnded.set(false);
        preview.set(p);
        running.set(false);
        progress.set(0);
        message.set(PushTexts.header(p));
        step.set(PushStep.PREVIEW);
    }

    /** What the admin confirms before the plan shown is applied; empty when there is nothing to apply. */
    public Optional<PushConfirmation> confirmation() {
        PushPreview p = preview.get();
        if (p == null || running.get() || step.get() != PushStep.PREVIEW || p.writes() == 0) {
            return Optional.empty();
        }
        return Optional.of(PushConfirmation.of(p));
    }

    /** Applies the plan shown, once the admin confirmed it; call on the FX thread, from the preview step only. */
    public void apply() {
        PushPreview p = preview.get();
        if (p == null || running.get() || step.get() != PushStep.PREVIEW || p.writes() == 0) {
            return;
        }
        cancelled.set(false);
        arrived.clear();
        lastHandOver.set(System.nanoTime() - HAND_OVER_NANOS - 1);
        error.set("");
        running.set(true);
        progress.set(0);
        int total = p.plan().actions().size();
        message.set("Applying: 0 of " + total + " NetBox actions done");
        step.set(PushStep.APPLY);
        worker.execute(() -> {
            try {
                PushReport result = services.applyPush(p, (action, outcome, done, all) -> {
                    arrived.add(outcome);
                    long now = System.nanoTime();
                    if (done == all || now - lastHandOver.get() > HAND_OVER_NANOS) {
                        lastHandOver.set(now);
                        fx.execute(() -> handOver(done, all));
                    }
                }, cancelled::get);
                fx.execute(() -> showReport(result));
            } catch (RuntimeException e) {
                LOG.warn("Applying the push failed", e);
                fx.execute(() -> {
                    drain();
                    running.set(false);
                    applyEnded.set(true);
                    message.set("The push stopped.");
                    error.set("Could not apply the push: " + why(e) + ". What was sent is in the journal: preview"
                            + " again to see what is left.");
                });
            }
        });
    }

    private void handOver(int done, int all) {
        drain();
        if (running.get()) {
            progress.set(all == 0 ? 1 : (double) done / all);
            long failed = rows.count(State.FAILED);
            long skipped = rows.count(State.SKIPPED);
            int dns = rows.dns().size();
            message.set((cancelled.get() ? "Cancelling: " : "Applying: ") + done + " of " + all + " NetBox actions done"
                    + (failed > 0 ? ", " + failed + " failed" : "") + (skipped > 0 ? ", " + skipped + " skipped" : "")
                    + (done == all && dns > 0 && !cancelled.get() ? "; writing " + PushTexts.plural(dns,
                    "DNS change", "DNS changes") + "…" : ""));
        }
    }

    private void drain() {
        for (ActionOutcome o = arrived.poll(); o != null; o = arrived.poll()) {
            rows.outcome(o);
        }
    }

    private void showReport(PushReport r) {
        arrived.clear();
        rows.report(r);
        report.set(r);
        running.set(false);
        applyEnded.set(true);
        long notSent = r.count(State.PLANNED);
        progress.set(r.outcomes().isEmpty() ? 1 : (double) (r.outcomes().size() - notSent) / r.outcomes().size());
        message.set((notSent > 0 ? "Cancelled: " + notSent + " not sent, " : "Done: ") + r.count(State.OK) + " OK, "
                + r.count(State.FAILED) + " failed, " + r.count(State.SKIPPED) + " skipped in "
                + PushTexts.duration(r.took()));
    }

    /** Stops the push between groups of actions; what was not sent stays in the journal as planned. */
    public void cancel() {
        if (running.get() && step.get() == PushStep.APPLY && !cancelled.getAndSet(true)) {
            message.set("Cancelling: the push stops after the request under way…");
        }
    }

    public void showSummary() {
        if (report.get() != null && !running.get()) {
            step.set(PushStep.SUMMARY);
        }
    }

    /** Back from the preview to the scope; nothing was written. */
    public void back() {
        if (!running.get() && step.get() == PushStep.PREVIEW) {
            error.set("");
            message.set("");
            step.set(PushStep.SCOPE);
        }
    }

    /** Plans again what is still missing: a plan from NetBox as it is now converges, so this is the retry. */
    public void retry() {
        preview();
    }

    /** Back to step 1 with a fresh count of the approved hosts; removals picked are forgotten. */
    public void startOver() {
        if (running.get()) {
            return;
        }
        rows.clear();
        dnsError.set("");
        preview.set(null);
        report.set(null);
        applyEnded.set(false);
        error.set("");
        message.set("");
        notice.set("");
        step.set(PushStep.SCOPE);
        loadScope();
    }

    public void open(LinkRow link) {
        background.execute(() -> browser.openInBrowser(link.url()));
    }

    private static String why(RuntimeException e) {
        return e.getMessage() == null ? "an unexpected error; details are in the log file" : e.getMessage();
    }

    public PushScope scope() {
        return scope;
    }

    public ReadOnlyObjectProperty<PushStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** Reading NetBox or applying: the buttons wait. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0..1, or -1 while the amount of work is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What is going on, or what the preview read and planned. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What went wrong and what to do, never a stack trace; blank when nothing did. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The interrupted-push notice of the preview shown, or blank. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PushPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PushReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The apply step has ended, with a report or an error. */
    public ReadOnlyBooleanProperty applyEndedProperty() {
        return applyEnded.getReadOnlyProperty();
    }

    /** The plan's actions in the order they are sent, with their state. */
    public ObservableList<ActionRow> actions() {
        return rows.actions();
    }

    public ObservableList<PlanProblem> problems() {
        return rows.problems();
    }

    /** Tagged objects whose host is gone long enough: ticked ones go into the next preview. */
    public ObservableList<OrphanRow> orphans() {
        return rows.orphans();
    }

    public ObservableList<RemovalRow> removable() {
        return rows.removable();
    }

    /** The DNS changes of the plan, per target in the order they are written, after NetBox's actions. */
    public ObservableList<DnsRow> dns() {
        return rows.dns();
    }

    /** Why DNS targets could not be read, so that they get no DNS change; blank when all could. */
    public ReadOnlyStringProperty dnsErrorProperty() {
        return dnsError.getReadOnlyProperty();
    }

    /** After a push: the actions and DNS changes that failed, were skipped or were not sent. */
    public ObservableList<NotDoneRow> unsuccessful() {
        return rows.unsuccessful();
    }

    /** The hosts the plan writes to, and those unticked: the next preview leaves the unticked out. */
    public ObservableList<HostRow> hosts() {
        return rows.hosts();
    }

    /** After a push: each failure once, with what it held back and what to do; a cancel last. */
    public ObservableList<CauseRow> causes() {
        return rows.causes();
    }

    /** The plan read host by host (the default), or action by action in the order it is sent. */
    public BooleanProperty groupByHostProperty() {
        return groupByHost;
    }

    /** After a push: the NetBox objects made, changed or found, in plan order. */
    public ObservableList<LinkRow> links() {
        return rows.links();
    }
}
