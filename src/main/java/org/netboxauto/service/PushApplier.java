package org.netboxauto.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.netboxauto.core.push.ActionOutcome;
import org.netboxauto.core.push.ObjectRef;
import org.netboxauto.core.push.PushAction;
import org.netboxauto.netbox.NetBoxPushWriter;

/**
 * Runs a plan's actions in dependency order, a group of one stage, type and verb per request,
 * journaling each outcome as soon as it is known. An action whose dependency did not succeed is
 * skipped; the others go on.
 */
final class PushApplier {

    private final NetBoxPushWriter writer;
    private final StagingStore journal;
    private final long pushId;
    private final Clock clock;
    private final Map<String, Long> ids = new HashMap<>();
    private final Map<String, ActionOutcome> outcomes = new LinkedHashMap<>();

    PushApplier(NetBoxPushWriter writer, StagingStore journal, long pushId, Clock clock) {
        this.writer = writer;
        this.journal = journal;
        this.pushId = pushId;
        this.clock = clock;
    }

    /** @param cancelled checked between groups; a cancelled push leaves the rest planned in the journal */
    List<ActionOutcome> apply(List<PushAction> actions, PushListener listener, BooleanSupplier cancelled) {
        Map<String, PushAction> byKey = new HashMap<>();
        actions.forEach(a -> byKey.put(a.key(), a));
        int total = actions.size();
        for (List<PushAction> group : groups(actions)) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            List<PushAction> ready = new ArrayList<>();
            List<ActionOutcome> done = new ArrayList<>();
            for (PushAction a : group) {
                Optional<String> blocked = a.dependsOn().stream()
                        .filter(d -> outcomes.containsKey(d) && outcomes.get(d).state() != ActionOutcome.State.OK)
                        .findFirst();
                if (blocked.isPresent()) {
                    ActionOutcome cause = outcomes.get(blocked.get());
                    // a chain of skips names the action that actually failed
                    done.add(ActionOutcome.skipped(a.key(), cause.state() == ActionOutcome.State.SKIPPED
                            ? cause.message().orElseThrow()
                            : "not sent: " + byKey.get(blocked.get()).summary() + " did not succeed"));
                } else {
                    ready.add(a);
                }
            }
            if (!ready.isEmpty()) {
                done.addAll(writer.send(ready, this::id));
            }
            journal.recordPush(pushId, done, clock.instant());
            for (ActionOutcome o : done) {
                outcomes.put(o.key(), o);
                o.id().ifPresent(id -> ids.put(o.key(), id));
                listener.finished(byKey.get(o.key()), o, outcomes.size(), total);
            }
        }
        return actions.stream().map(a -> outcomes.getOrDefault(a.key(), new ActionOutcome(a.key(),
                ActionOutcome.State.PLANNED, Optional.empty(), Optional.of("not sent: the push was cancelled"))))
                .toList();
    }

    private Optional<Long> id(ObjectRef ref) {
        return switch (ref) {
            case ObjectRef.Existing e -> Optional.of(e.id());
            case ObjectRef.Planned p -> Optional.ofNullable(ids.get(p.key()));
        };
    }

    /** Consecutive actions of one stage, type and verb. */
    private static List<List<PushAction>> groups(List<PushAction> actions) {
        Map<String, List<PushAction>> groups = new LinkedHashMap<>();
        for (PushAction a : actions) {
            groups.computeIfAbsent(a.stage() + "/" + a.type() + "/" + a.verb(), k -> new ArrayList<>()).add(a);
        }
        return new ArrayList<>(groups.values());
    }
}
