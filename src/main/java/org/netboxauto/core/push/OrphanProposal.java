package org.netboxauto.core.push;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.netboxauto.core.MacAddress;

/**
 * A device or VM with netbox-auto's tag whose host no source has seen for a while: proposed for status
 * offline, or for removal; applied only when the admin picks it.
 *
 * @param status   its status in NetBox now
 * @param lastSeen when a source last saw its host (or, with no host in the store, its {@code last_seen} field)
 * @param gone     how long that was before the plan
 * @param macs     its MACs in NetBox: the store's hosts with them are left out of a push that applies this
 */
public record OrphanProposal(ObjectRef.Existing ref, String name, String webUrl, String status, Instant lastSeen,
                             Duration gone, Step step, Set<MacAddress> macs) {

    /** What the plan proposes. */
    public enum Step {
        OFFLINE, REMOVE
    }

    public OrphanProposal {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(step, "step");
        macs = Set.copyOf(macs);
    }

    /** {@code set offline} or {@code remove}, for lists. */
    public String stepText() {
        return step == Step.OFFLINE ? "set offline" : "remove";
    }
}
