package org.netboxauto.core;

import java.util.Objects;
import java.util.Optional;

/** The switch port a MAC is learned on. */
public record PortLocation(String switchName, String port, Optional<Integer> vlan) {

    public PortLocation {
        Objects.requireNonNull(switchName, "switchName");
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(vlan, "vlan");
    }

    @Override
    public String toString() {
        return switchName + " " + port + vlan.map(v -> " vlan " + v).orElse("");
    }
}
