package org.netboxauto.core.topology;

import java.util.List;
import java.util.Objects;

/**
 * The links between two nodes; several when they are joined on several port pairs (a LAG's members).
 *
 * @param ports each link's "local port ↔ far port", as far as each end told
 */
public record TopologyEdge(String from, String to, List<String> ports) {

    public TopologyEdge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        ports = List.copyOf(ports);
    }

    public int links() {
        return Math.max(1, ports.size());
    }
}
