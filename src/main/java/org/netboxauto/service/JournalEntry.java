package org.netboxauto.service;

import java.util.Objects;
import java.util.Optional;
import org.netboxauto.core.push.ActionOutcome;

/**
 * One journaled action of a push.
 *
 * @param changes the fields written, before → after, as the dry run showed them
 */
public record JournalEntry(int seq, String key, String summary, ActionOutcome.State state, Optional<Long> netboxId,
                           Optional<String> message, String changes) {

    public JournalEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(netboxId, "netboxId");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(changes, "changes");
    }
}
