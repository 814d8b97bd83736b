package org.netboxauto.ui.push;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.netboxauto.core.push.ActionOutcome;
import org.netboxauto.core.push.ActionOutcome.State;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.push.ActionVerb;
import org.netboxauto.core.push.PlanGroups;
import org.netboxauto.core.push.ObjectRef;
import org.netboxauto.core.push.PlanProblem;
import org.netboxauto.core.push.PushAction;
import org.netboxauto.core.push.PushPlan;
import org.netboxauto.service.PushPreview;
import org.netboxauto.service.PushReport;

/** A plan and its outcomes as the rows and lists the wizard shows; touched on the FX thread only. */
final class PlanRows {

    private final ObservableList<ActionRow> actions = FXCollections.observableArrayList();
    private final ObservableList<PlanProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<RemovalRow> removable = FXCollections.observableArrayList();
    private final ObservableList<OrphanRow> orphans = FXCollections.observableArrayList();
    private final Set<ObjectRef.Existing> orphanPicks = new LinkedHashSet<>();
    private final ObservableList<DnsRow> dns = FXCollections.observableArrayList();
    private final ObservableList<NotDoneRow> unsuccessful = FXCollections.observableArrayList();
    private final ObservableList<LinkRow> links = FXCollections.observableArrayList();
    private final ObservableList<HostRow> hosts = FXCollections.observableArrayList();
    private final ObservableList<CauseRow> causes = FXCollections.observableArrayList();
    private final Set<ObjectRef.Existing> removals = new LinkedHashSet<>();
    private final Map<MacAddress, String> excluded = new LinkedHashMap<>();
    private final Map<String, ActionRow> byKey = new HashMap<>();
    private List<ActionRow> planOrder = List.of();
    private List<ActionRow> hostOrder = List.of();
    private boolean byHost = true;

    /** A fresh plan: every action and DNS change waiting, the removals picked so far still checked. */
    void show(PushPreview preview) {
        PushPlan plan = preview.plan();
        List<ActionRow> rows = new ArrayList<>(plan.actions().size());
        byKey.clear();
        Map<String, String> titles = new HashMap<>();
        List<HostRow> planned = new ArrayList<>();
        for (PlanGroups.Group g : PlanGroups.byHost(plan)) {
            g.actions().forEach(a -> titles.put(a.key(), g.title()));
            g.host().ifPresent(mac -> planned.add(included(new HostRow(mac, g.title(), true))));
        }
        for (PushAction a : plan.actions()) {
            ActionRow row = new ActionRow(rows.size() + 1, plan, a, titles.getOrDefault(a.key(), ""));
            rows.add(row);
            byKey.put(a.key(), row);
        }
        planOrder = List.copyOf(rows);
        hostOrder = PlanGroups.ordered(plan).stream().map(a -> byKey.get(a.key())).toList();
        actions.setAll(byHost ? hostOrder : planOrder);
        excluded.forEach((mac, title) -> planned.add(included(new HostRow(mac, title, false))));
        hosts.setAll(planned);
        causes.clear();
        List<PlanProblem> left = new ArrayList<>(plan.problems());
        // a record DNS cannot take leaves out that record only: the host still goes to NetBox
        preview.dns().problems().forEach(d -> left.add(new PlanProblem(Optional.of(d.mac()), "DNS " + d.mac(),
                d.message(), false)));
        problems.setAll(left);
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
        orphanPicks.retainAll(preview.orphans().stream().map(o -> o.ref()).toList());
        orphans.setAll(preview.orphans().stream().map(o -> {
            OrphanRow row = new OrphanRow(o, orphanPicks.contains(o.ref()));
            row.pickedProperty().addListener((obs, was, now) -> {
                if (now) {
                    orphanPicks.add(o.ref());
                } else {
                    orphanPicks.remove(o.ref());
                }
            });
            return row;
        }).toList());
        dns.setAll(preview.dnsChanges().stream().map(DnsRow::new).toList());
        unsuccessful.clear();
        links.clear();
    }

    /** Keeps the set of hosts left out in step with the host's tick. */
    private HostRow included(HostRow row) {
        row.includedProperty().addListener((obs, was, now) -> {
            if (now) {
                excluded.remove(row.mac());
            } else {
                excluded.put(row.mac(), row.title());
            }
        });
        return row;
    }

    /** Host by host, or every action in the order it is sent. */
    void groupByHost(boolean on) {
        byHost = on;
        if (!planOrder.isEmpty()) {
            actions.setAll(on ? hostOrder : planOrder);
        }
    }

    /** The hosts the admin unticked: the next preview leaves them out. */
    Set<MacAddress> excluded() {
        return Set.copyOf(excluded.keySet());
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
        Map<String, ActionOutcome> written = new HashMap<>();
        r.dnsOutcomes().forEach(o -> written.put(o.key(), o));
        for (DnsRow row : dns) {
            // DNS is written after NetBox, and not at all when the push was cancelled
            row.show(written.getOrDefault(row.key(), new ActionOutcome(row.key(), State.PLANNED, Optional.empty(),
                    Optional.of("not sent: the push stopped before DNS"))));
        }
        List<NotDoneRow> notDone = new ArrayList<>();
        actions.stream().filter(row -> row.state() != State.OK).map(NotDoneRow::of).forEach(notDone::add);
        dns.stream().filter(row -> row.state() != State.OK).map(NotDoneRow::of).forEach(notDone::add);
        unsuccessful.setAll(notDone);
        causes.setAll(CauseRow.of(planOrder.stream().map(ActionRow::action).toList(), r.outcomes(), dns));
        links.setAll(actions.stream().filter(row -> r.links().containsKey(row.action().key()))
                .map(row -> new LinkRow(row.action().label(), r.links().get(row.action().key()))).toList());
    }

    /** NetBox actions in this state; DNS changes end all at once, after them. */
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

    /** The orphan proposals ticked for the next preview. */
    Set<ObjectRef.Existing> orphanPicks() {
        return Set.copyOf(orphanPicks);
    }

    ObservableList<OrphanRow> orphans() {
        return orphans;
    }

    void clear() {
        removals.clear();
        orphanPicks.clear();
        orphans.clear();
        excluded.clear();
        hosts.clear();
        causes.clear();
        planOrder = List.of();
        hostOrder = List.of();
        byKey.clear();
        actions.clear();
        dns.clear();
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

    ObservableList<DnsRow> dns() {
        return dns;
    }

    ObservableList<NotDoneRow> unsuccessful() {
        return unsuccessful;
    }

    ObservableList<LinkRow> links() {
        return links;
    }

    ObservableList<HostRow> hosts() {
        return hosts;
    }

    ObservableList<CauseRow> causes() {
        return causes;
    }
}
