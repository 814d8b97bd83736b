package org.netboxauto.ui.review;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rows the grid shows: every loaded row filtered and sorted on the worker, then handed to the
 * FX thread in one replacement. At 50,000 rows a SortedList and FilteredList chain costs the FX
 * thread hundreds of milliseconds per keystroke; this costs it one list copy. Only the latest
 * request is applied, so fast typing never queues stale work on the screen.
 */
final class ShownRows {

    private final Executor worker;
    private final Executor fx;
    private final ObservableList<HostRow> shown = FXCollections.observableArrayList();
    private final AtomicLong generation = new AtomicLong();
    private volatile List<HostRow> all = List.of();
    private volatile List<HostRow> applied = List.of();
    private volatile Comparator<HostRow> order;
    private volatile Predicate<HostRow> filter;
    private Consumer<Runnable> aroundReplace = Runnable::run;

    ShownRows(Executor worker, Executor fx) {
        this.worker = worker;
        this.fx = fx;
    }

    ObservableList<HostRow> shown() {
        return shown;
    }

    List<HostRow> all() {
        return all;
    }

    /** Lets the grid keep its selection across a replacement. */
    void aroundReplace(Consumer<Runnable> wrapper) {
        aroundReplace = wrapper;
    }

    void setAll(List<HostRow> rows) {
        all = List.copyOf(rows);
        applied = null;
        refresh();
    }

    void order(Comparator<HostRow> comparator) {
        order = comparator;
        refresh();
    }

    void filter(Predicate<HostRow> predicate) {
        filter = predicate;
        refresh();
    }

    /** Filters and sorts again, e.g. after decisions changed what a filter on state or kind shows. */
    void refresh() {
        long request = generation.incrementAndGet();
        worker.execute(() -> {
            if (generation.get() != request) {
                return;
            }
            Predicate<HostRow> p = filter;
            Comparator<HostRow> c = order;
            List<HostRow> rows = all.stream().filter(p == null ? r -> true : p).toList();
            List<HostRow> result = c == null ? rows : rows.stream().sorted(c).toList();
            if (same(result, applied)) {
                // most decisions change neither what the filter shows nor the order: the cells update by themselves
                return;
            }
            fx.execute(() -> {
                if (generation.get() == request) {
                    applied = result;
                    aroundReplace.accept(() -> shown.setAll(result));
                }
            });
        });
    }

    private static boolean same(List<HostRow> a, List<HostRow> b) {
        if (b == null || a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }
}
