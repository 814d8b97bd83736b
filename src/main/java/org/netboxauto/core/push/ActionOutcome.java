package org.netboxauto.core.push;

import java.util.Objects;
import java.util.Optional;

/**
 * What became of one action: done (with the id of the object it made or found), failed with
 * NetBox's message, or skipped because an action it depends on did not succeed.
 */
public record ActionOutcome(String key, State state, Optional<Long> id, Optional<String> message) {

    public enum State { PLANNED, OK, FAILED, SKIPPED }

    public ActionOutcome {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(message, "message");
    }

    public static ActionOutcome ok(String key, Optional<Long> id) {
        return new ActionOutcome(key, State.OK, id, Optional.empty());
    }

    public static ActionOutcome failed(String key, String message) {
        return new ActionOutcome(key, State.FAILED, Optional.empty(), Optional.of(message));
    }

    public static ActionOutcome skipped(String key, String message) {
        return new ActionOutcome(key, State.SKIPPED, Optional.empty(), Optional.of(message));
    }
}
