package org.netboxauto.core.alerts;

import java.time.Instant;
import java.util.Objects;
import org.netboxauto.core.MacAddress;

/**
 * One change of a host's switch port as the store's history recorded it.
 *
 * @param before the port as {@code PortLocation#toString} wrote it, empty when the host had none
 * @param after  likewise; empty when the host lost its port
 */
public record PortMove(MacAddress mac, Instant at, String before, String after) {

    public PortMove {
        Objects.requireNonNull(mac, "mac");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    boolean touches(String port) {
        return before.equals(port) || after.equals(port);
    }
}
