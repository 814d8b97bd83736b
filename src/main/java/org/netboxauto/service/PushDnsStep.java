package org.netboxauto.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.netboxauto.config.AppConfig;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.dns.DnsChange;
import org.netboxauto.core.dns.DnsLinks;
import org.netboxauto.core.push.ActionOutcome;

/**
 * The DNS part of a push, after NetBox's: each target's changes at once, each change journaled. A host
 * whose NetBox actions did not all succeed gets no DNS change, nor does any record joined to its
 * names, so forward and reverse records keep agreeing.
 */
final class PushDnsStep {

    /** One outcome per change in the preview's order, and one per target. */
    record Result(List<ActionOutcome> changes, List<DnsTargetOutcome> targets) {
    }

    private final DnsService dns;
    private final StagingStore journal;
    private final long pushId;
    private final Clock clock;

    PushDnsStep(DnsService dns, StagingStore journal, long pushId, Clock clock) {
        this.dns = dns;
        this.journal = journal;
        this.pushId = pushId;
        this.clock = clock;
    }

    /**
     * @param notInNetBox hosts of the push NetBox did not take, each with the action that did not succeed
     */
    Result apply(AppConfig config, PushPreview preview, Map<MacAddress, String> notInNetBox) {
        List<ActionOutcome> outcomes = new ArrayList<>();
        List<DnsTargetOutcome> targets = new ArrayList<>();
        for (DnsTargetPlan target : preview.dns().targets()) {
            if (target.error().isPresent()) {
                journal.recordPush(pushId, List.of(ActionOutcome.failed(DnsTargetOutcome.key(target.target()),
                        target.error().get())), clock.instant());
                targets.add(new DnsTargetOutcome(target.target(), target.where(), ActionOutcome.State.FAILED, 0, 0,
                        target.error()));
                continue;
            }
            Set<String> held = new HashSet<>();
            notInNetBox.keySet().forEach(mac -> held.addAll(target.names().getOrDefault(mac, Set.of())));
            List<DnsChange> kept = held.isEmpty() ? target.changes() : DnsLinks.without(target.changes(), held);
            DnsApplyResult result = kept.isEmpty() ? DnsApplyResult.done(target.target())
                    : dns.apply(config, target.with(kept));
            List<ActionOutcome> done = new ArrayList<>();
            for (DnsChange change : target.changes()) {
                String key = new PushPreview.DnsLine(target, change).key();
                if (!kept.contains(change)) {
                    done.add(ActionOutcome.skipped(key, "not sent: " + why(target, change, notInNetBox)));
                } else {
                    done.add(result.ok() ? ActionOutcome.ok(key, Optional.empty())
                            : ActionOutcome.failed(key, result.error().orElse(target.target() + " failed")));
                }
            }
            journal.recordPush(pushId, done, clock.instant());
            outcomes.addAll(done);
            int heldBack = target.changes().size() - kept.size();
            ActionOutcome.State state = !result.ok() ? ActionOutcome.State.FAILED
                    : kept.isEmpty() && heldBack > 0 ? ActionOutcome.State.SKIPPED : ActionOutcome.State.OK;
            targets.add(new DnsTargetOutcome(target.target(), target.where(), state, result.ok() ? kept.size() : 0,
                    heldBack, result.error()));
        }
        return new Result(outcomes, targets);
    }

    private static String why(DnsTargetPlan target, DnsChange change, Map<MacAddress, String> notInNetBox) {
        String name = change.subject().name();
        for (var e : notInNetBox.entrySet()) {
            if (target.names().getOrDefault(e.getKey(), Set.of()).contains(name)) {
                return e.getValue() + " in NetBox, so its DNS records are left as they are";
            }
        }
        return "it is joined by address or name to records of a host NetBox did not take; forward and reverse"
                + " records change together";
    }
}
