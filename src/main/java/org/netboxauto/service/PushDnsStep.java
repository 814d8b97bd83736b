package org.netboxauto.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.netboxauto.config.AppConfig;
import org.netboxauto.core.push.ActionOutcome;

/** The DNS part of a push, after NetBox's: each target's changes at once, each change journaled. */
final class PushDnsStep {

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

    /** One outcome per change, in the preview's order; a target is written all or nothing. */
    List<ActionOutcome> apply(AppConfig config, PushPreview preview) {
        List<ActionOutcome> outcomes = new ArrayList<>();
        for (DnsTargetPlan target : preview.dns().targets()) {
            if (target.changes().isEmpty()) {
                continue;
            }
            DnsApplyResult result = dns.apply(config, target);
            List<ActionOutcome> done = new ArrayList<>();
            for (var change : target.changes()) {
                String key = new PushPreview.DnsLine(target, change).key();
                done.add(result.ok() ? ActionOutcome.ok(key, java.util.Optional.empty())
                        : ActionOutcome.failed(key, result.error().orElse(target.target() + " failed")));
            }
            journal.recordPush(pushId, done, clock.instant());
            outcomes.addAll(done);
        }
        return outcomes;
    }
}
