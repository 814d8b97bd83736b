package org.netboxauto.core.push;

import java.util.Objects;
import java.util.Optional;
import org.netboxauto.core.MacAddress;

/**
 * Something the plan leaves out, and why. A blocking problem keeps its host out of the push; the
 * others leave out one part (a cable, an IP) and push the rest.
 */
public record PlanProblem(Optional<MacAddress> host, String subject, String message, boolean blocking) {

    public PlanProblem {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return subject + ": " + message;
    }
}
