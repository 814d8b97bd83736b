package org.netboxauto.service;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.netboxauto.core.push.OrphanProposal;
import org.netboxauto.core.push.PushPlan;

/**
 * A push as it would run: the plan against what NetBox holds now, nothing written yet.
 *
 * @param interrupted the last push, when it stopped before its end: this plan picks up what it left
 * @param planTime    computing the plan alone, NetBox reads excluded
 * @param dns         the DNS changes, applied after NetBox's; none when no DNS target is enabled
 * @param dnsError    why some DNS targets could not be read (each target's own in {@link DnsTargetPlan#error()}):
 *                    those get no DNS change, the others are planned as usual
 * @param orphans     tagged objects whose host is gone long enough, each proposed offline or for removal; in
 *                    the plan's actions only when picked
 */
public record PushPreview(URI netbox, String version, PushPlan plan, Optional<PushSummary> interrupted,
                          long readRequests, Duration readTime, Duration planTime, DnsPreview dns,
                          Optional<String> dnsError, java.util.List<OrphanProposal> orphans) {

    /** With no orphans proposed. */
    public PushPreview(URI netbox, String version, PushPlan plan, Optional<PushSummary> interrupted,
                       long readRequests, Duration readTime, Duration planTime, DnsPreview dns,
                       Optional<String> dnsError) {
        this(netbox, version, plan, interrupted, readRequests, readTime, planTime, dns, dnsError,
                java.util.List.of());
    }

    public PushPreview {
        orphans = java.util.List.copyOf(orphans);
        Objects.requireNonNull(netbox, "netbox");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(interrupted, "interrupted");
        Objects.requireNonNull(dns, "dns");
        Objects.requireNonNull(dnsError, "dnsError");
    }

    /** Whether this plan's actions set the orphan offline or remove it, or only propose it. */
    public boolean applies(OrphanProposal orphan) {
        return plan.actions().stream().anyMatch(a -> a.target().filter(orphan.ref()::equals).isPresent()
                && (a.verb() == org.netboxauto.core.push.ActionVerb.DELETE
                || a.key().startsWith(org.netboxauto.core.push.OrphanActions.KEY_PREFIX)));
    }

    /** Writes the push would make, to NetBox and DNS. */
    public long writes() {
        return plan.writes() + dnsChanges().size();
    }

    /** Every DNS change with its target, in the order they are applied. */
    public java.util.List<DnsLine> dnsChanges() {
        java.util.List<DnsLine> lines = new java.util.ArrayList<>();
        for (DnsTargetPlan t : dns.targets()) {
            t.changes().forEach(c -> lines.add(new DnsLine(t, c)));
        }
        return lines;
    }

    /** One DNS change and the target it goes to. */
    public record DnsLine(DnsTargetPlan target, org.netboxauto.core.dns.DnsChange change) {
        /** Its journal key: the same change gets the same key. */
        public String key() {
            return "dns:" + target.target() + ":" + change.line();
        }
    }
}
