package org.netboxauto.service;

import java.time.Instant;
import java.util.Optional;

/** A push as the journal holds it: when, where to, and how its actions ended. An unfinished one was interrupted. */
public record PushSummary(long id, Instant started, Optional<Instant> finished, String target, int actions, int ok,
                          int failed, int skipped) {

    /** Actions neither done nor failed nor skipped: what an interrupted push left. */
    public int unfinished() {
        return actions - ok - failed - skipped;
    }
}
