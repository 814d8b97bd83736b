package org.netboxauto.service;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netboxauto.config.NetBoxConfig;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.push.ObjectRef;
import org.netboxauto.core.push.OrphanActions;
import org.netboxauto.core.push.OrphanFinder;
import org.netboxauto.core.push.OrphanProposal;
import org.netboxauto.core.push.OrphanRules;
import org.netboxauto.core.push.PushInventory;
import org.netboxauto.core.push.PushPlan;

/**
 * The orphans of a preview: what is proposed, what the admin picked, and what that takes out of the push.
 *
 * @param leftOut  MACs of hosts the push leaves out: unticked, picked as orphans, or kept offline
 * @param removals devices and VMs to delete: those the admin named and the orphans picked for removal
 */
record OrphanStep(List<OrphanProposal> proposed, List<OrphanProposal> picked, Set<MacAddress> leftOut,
                  Set<ObjectRef.Existing> removals) {

    static OrphanStep of(PushInventory inventory, String tag, List<HostEntry> everyHost, Instant now,
                         NetBoxConfig.Orphans config, OrphanChoice choice, Set<MacAddress> excluded,
                         Set<ObjectRef.Existing> removals) {
        Map<MacAddress, Instant> seen = lastSeen(everyHost);
        OrphanRules rules = new OrphanRules(config.offlineAfter(), config.removeAfter());
        List<OrphanProposal> proposed = OrphanFinder.propose(inventory, tag, seen, now, rules);
        List<OrphanProposal> picked = proposed.stream().filter(choice::includes).toList();
        Set<MacAddress> left = new HashSet<>(excluded);
        left.addAll(OrphanFinder.keptOffline(inventory, tag, seen, now, rules));
        picked.forEach(o -> left.addAll(o.macs()));
        Set<ObjectRef.Existing> removed = new LinkedHashSet<>(removals);
        picked.stream().filter(o -> o.step() == OrphanProposal.Step.REMOVE).forEach(o -> removed.add(o.ref()));
        return new OrphanStep(proposed, picked, left, removed);
    }

    /** Whether the push leaves this host out. */
    boolean leavesOut(HostEntry e) {
        if (leftOut.isEmpty()) {
            return false;
        }
        return leftOut.contains(e.host().mac()) || e.host().macs().stream().anyMatch(leftOut::contains);
    }

    /** The planned push with the picked orphans set offline, and the proposals out of its removal candidates. */
    PushPlan plan(PushPlan planned) {
        return OrphanActions.withOrphans(planned, proposed, picked);
    }

    /** When each MAC's host was last seen by any source, whatever its review. */
    private static Map<MacAddress, Instant> lastSeen(List<HostEntry> entries) {
        Map<MacAddress, Instant> seen = HashMap.newHashMap(entries.size());
        for (HostEntry e : entries) {
            // the primary MAC is among the host's MACs
            e.host().macs().forEach(m -> seen.merge(m, e.host().lastSeen(), (a, b) -> a.isAfter(b) ? a : b));
        }
        return seen;
    }
}
