package org.netboxauto.core.dns;

import org.netboxauto.core.MacAddress;

/** A record that cannot be written, reported and not written; {@code mac} names the host it came from. */
public record DnsProblem(MacAddress mac, String message) {

    public DnsProblem {
        java.util.Objects.requireNonNull(mac, "mac");
        java.util.Objects.requireNonNull(message, "message");
    }
}
