package org.netboxauto.service;

import java.util.Objects;
import java.util.Optional;
import org.netboxauto.core.Host;
import org.netboxauto.core.ReviewState;

/** A host with the admin's decision on it, as the host lists show it. */
public record HostEntry(Host host, ReviewState state, Optional<String> kind) {

    public HostEntry {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(kind, "kind");
    }
}
