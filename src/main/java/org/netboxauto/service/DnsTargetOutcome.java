package org.netboxauto.service;

import java.util.Objects;
import java.util.Optional;
import org.netboxauto.core.push.ActionOutcome;

/**
 * How one DNS target fared in a push: {@code OK} written (or nothing to write), {@code FAILED} not
 * read or not written ({@code error} says why and what to do), {@code SKIPPED} every change held back
 * because NetBox did not take its hosts.
 *
 * @param written changes sent, held changes held back because their hosts' NetBox actions did not succeed
 */
public record DnsTargetOutcome(String target, String where, ActionOutcome.State state, int written, int held,
                               Optional<String> error) {

    public DnsTargetOutcome {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(error, "error");
    }

    /** The journal key of a target-wide outcome, beside its changes' keys ({@code dns:TARGET:LINE}). */
    static String key(String target) {
        return "dns:" + target;
    }
}
