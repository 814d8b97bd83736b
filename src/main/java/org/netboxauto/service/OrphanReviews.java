package org.netboxauto.service;

import java.util.ArrayList;
import java.util.List;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.push.ActionOutcome;
import org.netboxauto.core.push.ActionVerb;
import org.netboxauto.core.push.OrphanProposal;
import org.netboxauto.core.push.PushAction;

/**
 * After a push removed orphans: their hosts' approvals are forgotten, so the next push does not create them
 * again; a host that comes back waits for a decision like a new one.
 */
final class OrphanReviews {

    private OrphanReviews() {
    }

    static void forgetRemoved(StagingStore store, PushPreview preview, List<ActionOutcome> outcomes) {
        List<MacAddress> macs = new ArrayList<>();
        List<PushAction> actions = preview.plan().actions();
        for (OrphanProposal o : preview.orphans()) {
            if (o.step() != OrphanProposal.Step.REMOVE) {
                continue;
            }
            for (int i = 0; i < actions.size(); i++) {
                PushAction a = actions.get(i);
                if (a.verb() == ActionVerb.DELETE && a.target().filter(o.ref()::equals).isPresent()
                        && outcomes.get(i).state() == ActionOutcome.State.OK) {
                    macs.addAll(o.macs());
                }
            }
        }
        if (!macs.isEmpty()) {
            store.deleteReviews(macs);
        }
    }
}
