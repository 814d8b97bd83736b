package org.netboxauto.core.push;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.netboxauto.core.MacAddress;

/** The actions and problems of a plan being built; each key once, dependencies read from the refs written. */
final class PlanActions {

    private final Map<String, PushAction> actions = new HashMap<>();
    // each stage's actions in plan order, kept as they come: the plan's order needs no pass over them all
    private final List<List<PushAction>> byStage = new ArrayList<>(Stage.values().length);
    private final List<PlanProblem> problems = new ArrayList<>();
    private final HashMap<ObjectRef, String> labels = new HashMap<>();
    private final HashMap<MacAddress, String> titles = new HashMap<>();
    // gathered as actions come: a walk of every action's fields at the end costs as much again
    private final Set<ObjectRef.Existing> pointedAt = new HashSet<>();

    PlanActions() {
        for (int i = 0; i < Stage.values().length; i++) {
            byStage.add(new ArrayList<>());
        }
    }

    /** Remembers how an existing object is shown in the plan. */
    ObjectRef.Existing label(ObjectRef.Existing ref, String label) {
        labels.putIfAbsent(ref, label);
        return ref;
    }

    /** {@code host-0 eth0} for {@code interface host-0 eth0}: how another action's field shows the object. */
    private static String shown(NbType type, String label) {
        int prefix = type.label().length();
        String bare = label.length() > prefix && label.charAt(prefix) == ' ' && label.startsWith(type.label())
                ? label.substring(prefix + 1) : label;
        int on = bare.indexOf(" on ");
        return (type == NbType.MAC_ADDRESS || type == NbType.IP_ADDRESS) && on > 0 ? bare.substring(0, on) : bare;
    }

    /** How the host's group is headed: {@code device web01 (new)}. */
    void title(MacAddress host, String title) {
        titles.put(host, title);
    }

    /** The plan these actions make; none is added after. */
    PushPlan finish(List<RemovalCandidate> removable, int hosts) {
        return new PushPlan(ordered(), problems, removable, hosts, FrozenMap.handedOver(labels),
                FrozenMap.handedOver(titles));
    }

    boolean has(String key) {
        return actions.containsKey(key);
    }

    ObjectRef.Planned create(String key, Stage stage, NbType type, String label, Optional<MacAddress> host,
                             Map<String, Object> after, String... extraDependencies) {
        add(new PushAction(key, stage, ActionVerb.CREATE, type, Optional.empty(), label, host, Map.of(), after,
                dependencies(after, Optional.empty(), extraDependencies)));
        ObjectRef.Planned ref = new ObjectRef.Planned(key);
        labels.put(ref, shown(type, label) + " (new)");
        return ref;
    }

    ObjectRef.Planned find(String key, NbType type, String label, Optional<MacAddress> host,
                           Map<String, Object> lookup) {
        add(new PushAction(key, Stage.INTERFACES, ActionVerb.FIND, type, Optional.empty(), label, host, Map.of(),
                lookup, dependencies(lookup, Optional.empty())));
        ObjectRef.Planned ref = new ObjectRef.Planned(key);
        labels.put(ref, shown(type, label).replace(" (from the device type)", ""));
        return ref;
    }

    void update(String key, Stage stage, NbType type, ObjectRef target, String label, Optional<MacAddress> host,
                Map<String, Object> before, Map<String, Object> after, String... extraDependencies) {
        add(new PushAction(key, stage, ActionVerb.UPDATE, type, Optional.of(target), label, host, before, after,
                dependencies(after, Optional.of(target), extraDependencies)));
    }

    void delete(String key, NbType type, ObjectRef.Existing target, String label, Map<String, Object> before) {
        add(new PushAction(key, Stage.REMOVALS, ActionVerb.DELETE, type, Optional.of(target), label,
                Optional.empty(), before, Map.of(), List.of()));
    }

    void problem(Optional<MacAddress> host, String subject, String message, boolean blocking) {
        problems.add(new PlanProblem(host, subject, message, blocking));
    }

    private void add(PushAction action) {
        if (actions.putIfAbsent(action.key(), action) != null) {
            throw new IllegalStateException("two actions with key " + action.key());
        }
        byStage.get(action.stage().ordinal()).add(action);
        for (Object v : action.before().values()) {
            collect(v, null);
        }
    }

    private List<String> dependencies(Map<String, Object> after, Optional<ObjectRef> target, String... extra) {
        // an action depends on a handful of others at most: a list checked for repeats beats a set
        List<String> keys = new ArrayList<>(2);
        if (target.isPresent() && target.get() instanceof ObjectRef.Planned p) {
            keys.add(p.key());
        }
        for (Object v : after.values()) {
            collect(v, keys);
        }
        for (String e : extra) {
            if (e != null && actions.containsKey(e)) {
                addOnce(keys, e);
            }
        }
        return keys;
    }

    /** The planned objects a field points at go to {@code keys} (null: not wanted), the existing ones to pointedAt. */
    private void collect(Object value, List<String> keys) {
        switch (value) {
            case ObjectRef.Planned p -> {
                if (keys != null) {
                    addOnce(keys, p.key());
                }
            }
            case ObjectRef.Existing e -> pointedAt.add(e);
            case Map<?, ?> m -> {
                for (Object v : m.values()) {
                    collect(v, keys);
                }
            }
            case Collection<?> c -> {
                for (Object v : c) {
                    collect(v, keys);
                }
            }
            case null, default -> { }
        }
    }

    /** The NetBox objects the fields of the actions so far point at (before or after). */
    Set<ObjectRef.Existing> pointedAt() {
        return pointedAt;
    }

    private static void addOnce(List<String> keys, String key) {
        if (!keys.contains(key)) {
            keys.add(key);
        }
    }

    /** Actions in stage order, plan order within a stage. */
    List<PushAction> ordered() {
        List<PushAction> ordered = new ArrayList<>(actions.size());
        byStage.forEach(ordered::addAll);
        return ordered;
    }

    List<PlanProblem> problems() {
        return problems;
    }
}
