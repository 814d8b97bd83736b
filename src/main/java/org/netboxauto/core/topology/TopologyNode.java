package org.netboxauto.core.topology;

import java.util.Objects;

/** A switch, router, hypervisor or other device drawn in the topology; {@code id} is unique in it. */
public record TopologyNode(String id, String label, NodeKind kind) {

    public TopologyNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
    }
}
