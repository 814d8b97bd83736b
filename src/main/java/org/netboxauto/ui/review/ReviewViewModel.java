package org.netboxauto.ui.review;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.Comparator;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.netboxauto.core.Decision;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.core.Review;
import org.netboxauto.service.HostEntry;
import org.netboxauto.service.ReviewChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Review tab's state: every host as a row, filtered and sorted on the worker; decisions show at once,
 * are saved on the worker and replace only the rows they touch.
 */
public final class ReviewViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewViewModel.class);

    private final ReviewServices services;
    private final Executor worker;
    private final Executor fx;
    private final Path settingsFile;
    private final Runnable onDecided;
    private final ShownRows view;
    private final ObjectProperty<Comparator<HostRow>> order = new SimpleObjectProperty<>(this, "order");
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    private final Map<MacAddress, HostRow> byMac = new HashMap<>();
    private final ObservableList<String> kinds = FXCollections.observableArrayList();
    private final ObservableList<String> sources = FXCollections.observableArrayList();
    private final ObservableList<Observation> history = FXCollections.observableArrayList();
    private final ReviewFilterModel filter = new ReviewFilterModel(this::filterChanged);
    private final javafx.beans.property.ReadOnlyObjectWrapper<InNetBox> inNetBox =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "inNetBox", InNetBox.NOT_COMPARED);
    private final javafx.beans.property.StringProperty netboxFilter =
            new javafx.beans.property.SimpleStringProperty(this, "netboxFilter", "");
    private final ReadOnlyObjectWrapper<ReviewSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary",
            ReviewSummary.EMPTY);
    private final ReadOnlyObjectWrapper<List<ColumnLayout>> columns = new ReadOnlyObjectWrapper<>(this, "columns",
            List.of());
    private final ReadOnlyBooleanWrapper hasHosts = new ReadOnlyBooleanWrapper(this, "hasHosts");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObjectProperty<HostRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<MacAddress> reveal = new SimpleObjectProperty<>(this, "reveal");
    private final Deque<List<ReviewChange>> undo = new ArrayDeque<>();
    private final AtomicLong historyRequest = new AtomicLong();
    private final AtomicBoolean saveScheduled = new AtomicBoolean();
    private volatile GridSettings toSave = GridSettings.DEFAULT;
    private boolean settingsRead;

    public ReviewViewModel(ReviewServices services, Executor worker, Executor fx, Path settingsFile) {
        this(services, worker, fx, settingsFile, () -> { });
    }

    /**
     * @param settingsFile where the filter and columns are kept between runs; null keeps nothing
     * @param onDecided    runs on the FX thread after a decision or an undo was saved
     */
    public ReviewViewModel(ReviewServices services, Executor worker, Executor fx, Path settingsFile,
            Runnable onDecided) {
        this.services = services;
        this.onDecided = onDecided;
        this.view = new ShownRows(worker, fx);
        order.addListener((obs, old, now) -> view.order(now));
        this.worker = worker;
        this.fx = fx;
        this.settingsFile = settingsFile;
        selected.addListener((obs, old, row) -> loadHistory(row));
        netboxFilter.addListener((obs, old, now) -> filterChanged());
    }

    /** Reads every host, and on the first call the saved filter and columns; call on the FX thread. */
    public void load() {
        boolean readSettings = !settingsRead;
        settingsRead = true;
        worker.execute(() -> {
            GridSettings saved = readSettings ? GridSettings.load(settingsFile) : null;
            List<HostEntry> entries;
            List<String> kindNames;
            long start = System.nanoTime();
            long readMs;
            try {
                entries = services.reviewHosts();
                readMs = (System.nanoTime() - start) / 1_000_000;
                kindNames = services.kinds();
            } catch (RuntimeException e) {
                LOG.warn("Could not read the hosts to review", e);
                fx.execute(() -> message.set("Could not read the hosts: " + e.getMessage()));
                return;
            }
            GridFlags flags = GridFlags.of(entries.stream().map(HostEntry::host).toList());
            List<HostRow> fresh = entries.stream().map(e -> new HostRow(e, flags)).toList();
            TreeSet<String> sourceIds = new TreeSet<>();
            entries.forEach(e -> sourceIds.addAll(e.host().sources()));
            ReviewSummary counts = ReviewSummary.of(entries);
            LOG.info("Loaded {} hosts to review in {} ms ({} ms reading the store)", entries.size(),
                    (System.nanoTime() - start) / 1_000_000, readMs);
            fx.execute(() -> {
                if (saved != null) {
                    toSave = saved;
                    columns.set(saved.columns());
                    filter.restore(saved.filter());
                }
                kinds.setAll(kindNames);
                sources.setAll(sourceIds);
                byMac.clear();
                fresh.forEach(r -> byMac.put(r.mac(), r));
                view.setAll(fresh);
                total.set(fresh.size());
                summary.set(counts);
                hasHosts.set(!fresh.isEmpty());
            });
        });
    }

    /** Reads the hosts unless a read has already begun: the tab opening after the shell read them ahead. */
    public void loadOnce() {
        if (!settingsRead) {
            load();
        }
    }

    /** Reads the hosts again if they have been read, e.g. after a discovery run. */
    public void refresh() {
        if (settingsRead) {
            load();
        }
    }

    /** Applies {@code decision} to the rows, saved at once; one undo step. */
    public void decide(List<HostRow> targets, Decision decision) {
        if (!targets.isEmpty()) {
            apply(List.of(new Step(targets.stream().map(HostRow::mac).toList(), decision)),
                    DecisionText.describe(decision, targets.size()));
        }
    }

    /** Saves overrides and a note together, as one undo step. */
    public void edit(List<HostRow> targets, Decision.Override override, Decision.Note note) {
        if (!targets.isEmpty()) {
            List<MacAddress> macs = targets.stream().map(HostRow::mac).toList();
            apply(List.of(new Step(macs, override), new Step(macs, note)),
                    DecisionText.describe(override, targets.size()));
        }
    }

    /** Sets each row's suggested kind; rows without a suggestion are left alone. */
    public void acceptSuggestions(List<HostRow> targets) {
        Map<String, List<MacAddress>> byKind = new HashMap<>();
        targets.forEach(r -> r.entry().suggestedKind().ifPresent(k -> byKind.computeIfAbsent(k, x -> new ArrayList<>())
                .add(r.mac())));
        List<Step> steps = byKind.entrySet().stream()
                .map(e -> new Step(e.getValue(), new Decision.Classify(Optional.of(e.getKey())))).toList();
        if (!steps.isEmpty()) {
            int count = byKind.values().stream().mapToInt(List::size).sum();
            apply(steps, "Accepted the suggested kind for " + DecisionText.hosts(count));
        }
    }

    /** Classifies the rows as the n-th kind of review.kinds (1-based), as keys 1-8 do. */
    public void classifyAs(List<HostRow> targets, int n) {
        if (n >= 1 && n <= kinds.size()) {
            decide(targets, new Decision.Classify(Optional.of(kinds.get(n - 1))));
        }
    }

    /**
     * Puts back what the last decision replaced. Goes through the worker first, so a decision still
     * being saved when Ctrl+Z is pressed is the one undone.
     */
    public void undo() {
        worker.execute(() -> fx.execute(this::undoLast));
    }

    private void undoLast() {
        List<ReviewChange> last = undo.pollFirst();
        canUndo.set(!undo.isEmpty());
        if (last == null) {
            return;
        }
        worker.execute(() -> {
            try {
                for (int i = last.size() - 1; i >= 0; i--) {
                    services.undo(last.get(i));
                }
                fx.execute(() -> {
                    for (int i = last.size() - 1; i >= 0; i--) {
                        ReviewChange c = last.get(i);
                        c.replaced().forEach(this::show);
                        c.created().forEach(mac -> Optional.ofNullable(byMac.get(mac))
                                .ifPresent(r -> show(Review.pending(mac, r.host().firstSeen()))));
                    }
                    decided();
                    message.set("Undone");
                    onDecided.run();
                });
            } catch (RuntimeException e) {
                LOG.warn("Could not undo", e);
                fx.execute(() -> message.set("Could not undo: " + e.getMessage()));
            }
        });
    }

    /** Shows the decision at once, then saves it; what the store saved, or refused, has the last word. */
    private void apply(List<Step> steps, String done) {
        Map<MacAddress, Review> before = showAhead(steps);
        message.set("Saving…");
        worker.execute(() -> {
            List<ReviewChange> changes = new ArrayList<>();
            try {
                for (Step s : steps) {
                    changes.add(services.decide(s.macs(), s.decision()));
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not save a review decision", e);
                List<ReviewChange> partial = List.copyOf(changes);
                fx.execute(() -> {
                    before.values().forEach(this::show);
                    decided();
                    showAll(partial);
                    message.set("Not saved: " + e.getMessage());
                });
                return;
            }
            fx.execute(() -> {
                showAll(changes);
                undo.addFirst(changes);
                canUndo.set(true);
                message.set(done);
                onDecided.run();
            });
        });
    }

    private Map<MacAddress, Review> showAhead(List<Step> steps) {
        Map<MacAddress, Review> before = new HashMap<>();
        java.time.Instant now = java.time.Instant.now();
        for (Step step : steps) {
            for (MacAddress mac : step.macs()) {
                HostRow row = byMac.get(mac);
                if (row != null) {
                    before.putIfAbsent(mac, row.entry().review());
                    show(row.entry().review().with(step.decision(), now));
                }
            }
        }
        if (!before.isEmpty()) {
            decided();
        }
        return before;
    }

    private void showAll(List<ReviewChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        changes.forEach(c -> c.now().forEach(this::show));
        decided();
    }

    /** What a filter or sort on state or kind shows changed with the decision. */
    private void decided() {
        summary.set(ReviewSummary.of(view.all().stream().map(HostRow::entry).toList()));
        view.refresh();
    }

    private void show(Review review) {
        HostRow row = byMac.get(review.mac());
        if (row != null) {
            row.replace(new HostEntry(row.host(), review));
        }
    }

    private void loadHistory(HostRow row) {
        long request = historyRequest.incrementAndGet();
        history.clear();
        if (row == null) {
            return;
        }
        MacAddress mac = row.mac();
        worker.execute(() -> {
            try {
                List<Observation> seen = services.history(mac);
                fx.execute(() -> {
                    if (historyRequest.get() == request) {
                        history.setAll(seen);
                    }
                });
            } catch (RuntimeException e) {
                LOG.warn("Could not read the history of {}", mac, e);
            }
        });
    }

    private void filterChanged() {
        try {
            var hostFilter = filter.fields().toHostFilter();
            var matcher = hostFilter.matcher();
            String netbox = netboxFilter.get();
            InNetBox compared = inNetBox.get();
            boolean any = netbox == null || netbox.isBlank();
            view.filter(hostFilter.equals(org.netboxauto.core.HostFilter.ALL) && any ? null
                    : row -> matcher.test(row.host(), row.entry().review())
                            && (any || compared.matches(row.mac(), netbox)));
            filter.setError("");
        } catch (IllegalArgumentException e) {
            filter.setError(e.getMessage());
        }
        remember(new GridSettings(filter.fields(), toSave.columns()));
    }

    /** The controller reports the columns after the admin moved, hid or resized one. */
    public void columnsChanged(List<ColumnLayout> layout) {
        remember(new GridSettings(toSave.filter(), layout));
    }

    private void remember(GridSettings settings) {
        toSave = settings;
        if (settingsFile != null && settingsRead && saveScheduled.compareAndSet(false, true)) {
            worker.execute(() -> {
                saveScheduled.set(false);
                toSave.save(settingsFile);
            });
        }
    }

    private record Step(List<MacAddress> macs, Decision decision) {
    }

    /**
     * Reads the configured rules off the FX thread, then gives {@code ask} what the selected rows share and
     * those rules; a rule it returns is added to the config file, and the message says where and what it will do.
     */
    public void makeRule(List<HostRow> targets,
            java.util.function.BiFunction<org.netboxauto.core.rules.RuleProposal, org.netboxauto.core.rules.ReviewRules,
                    java.util.Optional<org.netboxauto.core.rules.ReviewRule>> ask) {
        if (targets.isEmpty()) {
            return;
        }
        org.netboxauto.core.rules.RuleProposal proposal = org.netboxauto.core.rules.RuleProposal.of(
                targets.stream().map(r -> r.entry().host()).toList());
        worker.execute(() -> {
            org.netboxauto.core.rules.ReviewRules rules;
            try {
                rules = services.reviewRules();
            } catch (RuntimeException e) {
                fx.execute(() -> message.set("Could not read the review rules: " + e.getMessage()));
                return;
            }
            fx.execute(() -> ask.apply(proposal, rules).ifPresent(rule -> worker.execute(() -> {
                String text;
                try {
                    java.nio.file.Path file = services.addReviewRule(rule);
                    text = "Added review rule \"" + rule.name() + "\" to " + file + "; it decides hosts nobody has"
                            + " decided on at their next discovery run";
                } catch (java.io.IOException | RuntimeException e) {
                    text = "The review rule \"" + rule.name() + "\" was not added: " + e.getMessage();
                }
                String shown = text;
                fx.execute(() -> message.set(shown));
            })));
        });
    }

    /**
     * The dry run of {@code rule} placed after {@code existing}: how many loaded hosts nobody has decided on it
     * would decide, and how many of those are not among {@code selected}; call on the FX thread.
     */
    public String dryRun(org.netboxauto.core.rules.ReviewRule rule, org.netboxauto.core.rules.ReviewRules existing,
            java.util.Set<MacAddress> selected) {
        List<org.netboxauto.core.Host> undecided = allRows().stream().filter(r -> r.entry().undecided())
                .map(r -> r.entry().host()).toList();
        int all = org.netboxauto.core.rules.RuleProposal.wouldDecide(rule, existing, undecided, Map.of());
        int others = org.netboxauto.core.rules.RuleProposal.wouldDecide(rule, existing,
                undecided.stream().filter(h -> !selected.contains(h.mac())).toList(), Map.of());
        if (all == 0) {
            return "Would decide no host now: every host it matches has been decided on, or an earlier rule"
                    + " decides it.";
        }
        return "Would decide " + org.netboxauto.core.Plural.of(all, "host") + " nobody has decided on ("
                + others + " of them not selected), at their next discovery run.";
    }

    /** The rows the grid shows, filtered and sorted. */
    public ObservableList<HostRow> rows() {
        return view.shown();
    }

    /** Every loaded row, before the filter. */
    List<HostRow> allRows() {
        return view.all();
    }

    /** How many hosts are loaded, shown or not. */
    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** Wraps each replacement of {@link #rows()}, so the grid can keep its selection. */
    void aroundReplace(java.util.function.Consumer<Runnable> wrapper) {
        view.aroundReplace(wrapper);
    }

    /** The grid's order; null keeps the store's order (by MAC). */
    public ObjectProperty<Comparator<HostRow>> orderProperty() {
        return order;
    }


    /** The last NetBox comparison arrived: the In NetBox column and its filter use it. Call on the FX thread. */
    public void netboxCompared(InNetBox compared) {
        inNetBox.set(compared);
        filterChanged();
    }

    public javafx.beans.property.ReadOnlyObjectProperty<InNetBox> inNetBoxProperty() {
        return inNetBox.getReadOnlyProperty();
    }

    /** Blank for any; an outcome's name, or "not in the last read". */
    public javafx.beans.property.StringProperty netboxFilterProperty() {
        return netboxFilter;
    }

    public ReviewFilterModel filter() {
        return filter;
    }

    public ObservableList<String> kinds() {
        return kinds;
    }

    public ObservableList<String> sources() {
        return sources;
    }

    public ObservableList<Observation> history() {
        return history;
    }

    /** Asks the grid to select this host (as soon as it is loaded), clearing a filter that hides it. */
    public void reveal(MacAddress mac) {
        reveal.set(null);
        if (byMac.containsKey(mac) && rows().stream().noneMatch(r -> r.mac().equals(mac))) {
            filter.clear();
            netboxFilter.set("");
        }
        reveal.set(mac);
    }

    /** The host the grid is asked to select, until it has. */
    public ObjectProperty<MacAddress> revealProperty() {
        return reveal;
    }

    public ObjectProperty<HostRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<ReviewSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<ColumnLayout>> columnsProperty() {
        return columns.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasHostsProperty() {
        return hasHosts.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
