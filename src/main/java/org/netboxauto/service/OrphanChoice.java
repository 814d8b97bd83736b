package org.netboxauto.service;

import java.util.Set;
import org.netboxauto.core.push.ObjectRef;
import org.netboxauto.core.push.OrphanProposal;

/**
 * Which orphan proposals a push applies: none (they are only shown), all ({@code push --apply-orphans}),
 * or those the admin ticked.
 */
public record OrphanChoice(boolean all, Set<ObjectRef.Existing> picked) {

    public static final OrphanChoice NONE = new OrphanChoice(false, Set.of());
    public static final OrphanChoice ALL = new OrphanChoice(true, Set.of());

    public OrphanChoice {
        picked = Set.copyOf(picked);
    }

    public static OrphanChoice of(Set<ObjectRef.Existing> picked) {
        return new OrphanChoice(false, picked);
    }

    public boolean includes(OrphanProposal proposal) {
        return all || picked.contains(proposal.ref());
    }
}
