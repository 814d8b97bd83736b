package org.netboxauto.core.topology;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One port on a switch's front panel: what is on it, its hosts, and the neighbour heard on it. */
public record PanelPort(String name, PortUse use, List<PortHost> hosts, Optional<String> neighbour) {

    public PanelPort {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(use, "use");
        hosts = List.copyOf(hosts);
        Objects.requireNonNull(neighbour, "neighbour");
    }
}
