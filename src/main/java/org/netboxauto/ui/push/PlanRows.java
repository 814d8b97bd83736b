package org.netboxauto.ui.push;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.netboxauto.core.push.ActionOutcome;
import org.netboxauto.core.push.ActionOutcome.State;
import org.netboxauto.core.push.ActionVerb;
import org.netboxauto.core.push.ObjectRef;
import org.netboxauto.core.push.PlanProblem;
import org.netboxauto.core.push.PushAction;
import org.netboxauto.core.push.PushPlan;
import org.netboxauto.service.PushReport;

/** A plan and its outcomes as the rows and lists the wizard shows; touched on the FX thread only. */
final class PlanRows {

    private final ObservableList<ActionRow> actions = FXCollections.observableArrayList();
    private final ObservableList<PlanProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<RemovalRow> removable = FXCollections.observableArrayList();
    private final ObservableList<ActionRow> unsuccessful = FXCollections.observableArrayList();
    private final ObservableList<LinkRow> links = FXCollections.observableArrayList();
    private final Set<ObjectRef.Existing> removals = new LinkedHashSet<>();
    private final Map<String, ActionRow> byKey = new HashMap<>();

    /** A fresh plan: every action waiting, the removals picked so far still checked. */
    void show(PushPlan plan) {
        List<ActionRow> rows = new ArrayList<>(plan.actions().size());
        byKey.clear();
        for (PushAction a : plan.actions()) {
            ActionRow row = new ActionRow(rows.size() + 1, a);
            rows.add(row);
            byKey.put(a.key(), row);
        }
        actions.setAll(rows);
        problems.setAll(plan.problems());
        removable.setAll(plan.removable().stream().map(c -> {
            RemovalRow row = new RemovalRow(c, removals.contains(c.ref()));
            row.pickedProperty().addListener((obs, was, now) -> {
                if (now) {
                    removals.add(c.ref());
                } else {
                    removals.remove(c.ref());
                }
            });
            return row;
        }).toList());
        unsuccessful.clear();
        links.clear();
    }

    void outcome(ActionOutcome o) {
        ActionRow row = byKey.get(o.key());
        if (row != null) {
            row.show(o);
        }
    }

    /** The push's last word on each action, what was not done, and the pages of what was. */
    void report(PushReport r) {
        r.outcomes().forEach(this::outcome);
        unsuccessful.setAll(actions.stream().filter(row -> row.state() != State.OK).toList());
        // a deleted object has no page left, and an update of an object already listed adds no page
        Map<String, LinkRow> pages = new LinkedHashMap<>();
        actions.stream().filter(row -> row.action().verb() != ActionVerb.DELETE)
                .filter(row -> r.links().containsKey(row.action().key()))
                .forEach(row -> pages.putIfAbsent(r.links().get(row.action().key()),
                        new LinkRow(row.action().label(), r.links().get(row.action().key()))));
        links.setAll(pages.values());
    }

    long count(State state) {
        return actions.stream().filter(r -> r.state() == state).count();
    }

    /** The removals to plan next; those already deleted are dropped, so a retry does not ask for them again. */
    Set<ObjectRef.Existing> removals() {
        for (ActionRow row : actions) {
            if (row.action().verb() == ActionVerb.DELETE && row.state() == State.OK) {
                row.action().target().filter(ObjectRef.Existing.class::isInstance).ifPresent(removals::remove);
            }
        }
        return Set.copyOf(removals);
    }

    void clear() {
        removals.clear();
        byKey.clear();
        actions.clear();
        problems.clear();
        removable.clear();
        unsuccessful.clear();
        links.clear();
    }

    ObservableList<ActionRow> actions() {
        return actions;
    }

    ObservableList<PlanProblem> problems() {
        return problems;
    }

    ObservableList<RemovalRow> removable() {
        return removable;
    }

    ObservableList<ActionRow> unsuccessful() {
        return unsuccessful;
    }

    ObservableList<LinkRow> links() {
        return links;
    }
}
