package org.netboxauto.core.topology;

import java.util.Objects;
import org.netboxauto.core.MacAddress;

/** A host located on a switch port: its MAC and the name or address it is best known by. */
public record PortHost(MacAddress mac, String label) {

    public PortHost {
        Objects.requireNonNull(mac, "mac");
        Objects.requireNonNull(label, "label");
    }
}
