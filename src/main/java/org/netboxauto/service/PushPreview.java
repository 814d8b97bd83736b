package org.netboxauto.service;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.netboxauto.core.push.PushPlan;

/**
 * A push as it would run: the plan against what NetBox holds now, nothing written yet.
 *
 * @param interrupted the last push, when it stopped before its end: this plan picks up what it left
 * @param planTime    computing the plan alone, NetBox reads excluded
 * @param dns         the DNS changes, applied after NetBox's; none when no DNS target is enabled
 * @param dnsError    why some DNS targets could not be read (each target's own in {@link DnsTargetPlan#error()}):
 *                    those get no DNS change, the others are planned as usual
 */
public record PushPreview(URI netbox, String version, PushPlan plan, Optional<PushSummary> interrupted,
                          long readRequests, Duration readTime, Duration planTime, DnsPreview dns,
                          Optional<String> dnsError) {

    public PushPreview {
        Objects.requireNonNull(netbox, "netbox");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(interrupted, "interrupted");
        Objects.requireNonNull(dns, "dns");
        Objects.requireNonNull(dnsError, "dnsError");
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
