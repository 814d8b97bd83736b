package org.netboxauto.service;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netboxauto.core.dns.DnsChangeKind;
import org.netboxauto.core.push.PushAction;

/**
 * What the admin confirms before a push writes: where it writes, how much, and every removal by name.
 *
 * @param dns      changes per DNS target, by where the target writes, in the order they are applied
 * @param removals each NetBox object and DNS record the push deletes, as the plan labels it
 */
public record PushConfirmation(URI netbox, long creates, long updates, long deletes, Map<String, Integer> dns,
                               List<String> removals) {

    public PushConfirmation {
        dns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(dns));
        removals = List.copyOf(removals);
    }

    public static PushConfirmation of(PushPreview preview) {
        long creates = 0;
        long updates = 0;
        long deletes = 0;
        List<String> removals = new ArrayList<>();
        for (PushAction a : preview.plan().actions()) {
            switch (a.verb()) {
                case CREATE -> creates++;
                case UPDATE -> updates++;
                case DELETE -> {
                    deletes++;
                    removals.add("NetBox: " + a.label());
                }
                case FIND -> { }
            }
        }
        Map<String, Integer> dns = new LinkedHashMap<>();
        for (PushPreview.DnsLine d : preview.dnsChanges()) {
            dns.merge(d.target().where(), 1, Integer::sum);
            if (d.change().kind() == DnsChangeKind.REMOVE) {
                removals.add("DNS " + d.target().target() + ": " + d.change().line().substring(2));
            }
        }
        return new PushConfirmation(preview.netbox(), creates, updates, deletes, dns, removals);
    }

    /** NetBox writes: creates, updates and deletes; a lookup writes nothing. */
    public long netboxWrites() {
        return creates + updates + deletes;
    }

    /** {@code 12 to create, 3 to update, 1 to remove}. */
    public String counts() {
        return creates + " to create, " + updates + " to update, " + deletes + " to remove";
    }

}
