package org.netboxauto.ui.topology;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netboxauto.core.topology.NodeKind;
import org.netboxauto.core.topology.NodePoint;
import org.netboxauto.core.topology.TopologyNode;

/**
 * Which node names the map shows: each label that fits where no node or label is yet, in the order given (the
 * picked and the hovered node always). Zoomed out, the best-linked switches keep their names and leaves give way.
 */
final class LabelPlacement {

    /** About the width of a character of the 12 px label font, to place labels without measuring each. */
    static final double CHAR_WIDTH = 7.2;
    static final double LABEL_HEIGHT = 15;

    /** A label to draw: centred on {@code x}, its top at {@code top}. */
    record Placed(TopologyNode node, double x, double top) {
    }

    /** Where a node goes on screen: layout units times {@code scale}, moved by {@code tx, ty}. */
    record View(double scale, double tx, double ty, double zoom, double width, double height) {

        double x(NodePoint p) {
            return p.x() * scale + tx;
        }

        double y(NodePoint p) {
            return p.y() * scale + ty;
        }

        boolean near(double x, double y) {
            return x > -100 && y > -100 && x < width + 100 && y < height + 100;
        }
    }

    private LabelPlacement() {
    }

    /** Switches before routers before hypervisors before other leaves; the most linked first among them. */
    static List<TopologyNode> order(org.netboxauto.core.topology.Topology topology) {
        Map<String, Integer> links = new java.util.HashMap<>();
        topology.edges().forEach(e -> {
            links.merge(e.from(), 1, Integer::sum);
            links.merge(e.to(), 1, Integer::sum);
        });
        return topology.nodes().stream().sorted(java.util.Comparator
                .comparingInt((TopologyNode n) -> n.kind().ordinal())
                .thenComparing(n -> -links.getOrDefault(n.id(), 0))
                .thenComparing(TopologyNode::label)).toList();
    }

    /** Half a node's height on screen: a switch is drawn flat. */
    static double halfHeight(NodeKind kind, double r) {
        return kind == NodeKind.SWITCH ? r * 0.6 : r;
    }

    static List<Placed> place(List<TopologyNode> order, Map<String, NodePoint> at, View view, Set<String> always,
            String selected) {
        List<double[]> taken = new ArrayList<>();
        for (TopologyNode n : order) {
            NodePoint p = at.get(n.id());
            if (p != null) {
                double r = NodeShapes.radius(n.kind()) * view.zoom();
                double hr = halfHeight(n.kind(), r);
                taken.add(new double[] {view.x(p) - r, view.y(p) - hr, view.x(p) + r, view.y(p) + hr});
            }
        }
        List<TopologyNode> first = new ArrayList<>();
        order.stream().filter(n -> always.contains(n.id())).forEach(first::add);
        first.addAll(order);
        Set<String> done = new HashSet<>();
        List<Placed> out = new ArrayList<>();
        for (TopologyNode n : first) {
            NodePoint p = at.get(n.id());
            if (p == null || !done.add(n.id()) || !view.near(view.x(p), view.y(p))) {
                continue;
            }
            double x = view.x(p);
            double r = NodeShapes.radius(n.kind()) * view.zoom();
            double top = view.y(p) + halfHeight(n.kind(), r) + (n.id().equals(selected) ? 7 : 3);
            double half = n.label().length() * CHAR_WIDTH / 2;
            double[] box = {x - half - 2, top, x + half + 2, top + LABEL_HEIGHT};
            if (!always.contains(n.id()) && taken.stream().anyMatch(b -> b[0] < box[2] && box[0] < b[2]
                    && b[1] < box[3] && box[1] < b[3])) {
                continue;
            }
            taken.add(box);
            out.add(new Placed(n, x, top));
        }
        return out;
    }
}
