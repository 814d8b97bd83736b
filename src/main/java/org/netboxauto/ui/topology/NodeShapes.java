package org.netboxauto.ui.topology;

import org.netboxauto.core.topology.NodeKind;

/** A node's size on the map in layout units, shared by the canvas, hit tests and the SVG. */
final class NodeShapes {

    private NodeShapes() {
    }

    /** Half the node's width. */
    static double radius(NodeKind kind) {
        return switch (kind) {
            case SWITCH -> 13;
            case ROUTER, HYPERVISOR -> 11;
            case DEVICE -> 7;
        };
    }
}
