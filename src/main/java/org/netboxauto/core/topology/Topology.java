package org.netboxauto.core.topology;

import java.util.List;
import java.util.Map;

/**
 * The network as the stored switch reports draw it: nodes, the links between them, and each reporting
 * switch's ports (by node id) with what is on them.
 */
public record Topology(List<TopologyNode> nodes, List<TopologyEdge> edges, Map<String, List<PanelPort>> panels) {

    public static final Topology EMPTY = new Topology(List.of(), List.of(), Map.of());

    public Topology {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        panels = Map.copyOf(panels);
    }

    public long switches() {
        return nodes.stream().filter(n -> n.kind() == NodeKind.SWITCH).count();
    }
}
