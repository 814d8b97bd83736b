package org.netboxauto.service;

import java.util.List;
import org.netboxauto.core.dns.DnsChange;

/**
 * One target's changes: {@code target} is "dns.unbound" or "dns.rfc2136"; {@code where} says where it
 * writes, e.g. "unbound at dns1:22 /etc/unbound/unbound.conf.d/netbox-auto.conf".
 */
public record DnsTargetPlan(String target, String where, List<DnsChange> changes) {

    public DnsTargetPlan {
        changes = List.copyOf(changes);
    }
}
