package org.netboxauto.service;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.dns.DnsChange;

/**
 * One target's changes: {@code target} is "dns.unbound" or "dns.rfc2136"; {@code where} says where it
 * writes, e.g. "unbound at dns1:22 /etc/unbound/unbound.conf.d/netbox-auto.conf".
 *
 * @param names the owner names each host of the push yields there, to hold its changes back when
 *              NetBox does not take the host
 * @param error why the target could not be read (then no changes): naming it and what to do
 */
public record DnsTargetPlan(String target, String where, List<DnsChange> changes, Map<MacAddress, Set<String>> names,
                            Optional<String> error) {

    public DnsTargetPlan {
        changes = List.copyOf(changes);
        names = Map.copyOf(names);
        Objects.requireNonNull(error, "error");
    }

    public DnsTargetPlan(String target, String where, List<DnsChange> changes) {
        this(target, where, changes, Map.of(), Optional.empty());
    }

    static DnsTargetPlan unreadable(String target, String where, String error) {
        return new DnsTargetPlan(target, where, List.of(), Map.of(), Optional.of(error));
    }

    /** This plan with only some of its changes. */
    DnsTargetPlan with(List<DnsChange> kept) {
        return new DnsTargetPlan(target, where, kept, names, error);
    }
}
