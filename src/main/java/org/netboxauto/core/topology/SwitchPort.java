package org.netboxauto.core.topology;

import java.util.Objects;

/** One port of a switch by the name its port locations use, and whether its link was up when read. */
public record SwitchPort(String name, boolean up) {

    public SwitchPort {
        Objects.requireNonNull(name, "name");
    }
}
