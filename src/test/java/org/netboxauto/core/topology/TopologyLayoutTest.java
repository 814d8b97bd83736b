package org.netboxauto.core.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The layout places every node apart from the others, the same way each time, and prints what it costs. */
class TopologyLayoutTest {

    @Test
    void everyNodeGetsItsOwnPlaceAndTheSameOneEachTime() {
        Topology t = TopologyBuilder.of(TopologyLab.reports(40), TopologyBuilderTest.hosts(40));

        Map<String, NodePoint> first = TopologyLayout.of(t);
        Map<String, NodePoint> again = TopologyLayout.of(t);

        assertThat(first).containsOnlyKeys(t.nodes().stream().map(TopologyNode::id).toList());
        assertThat(again).isEqualTo(first);
        List<NodePoint> points = List.copyOf(first.values());
        double closest = Double.MAX_VALUE;
        for (int i = 0; i < points.size(); i++) {
            for (int j = i + 1; j < points.size(); j++) {
                closest = Math.min(closest, Math.hypot(points.get(i).x() - points.get(j).x(),
                        points.get(i).y() - points.get(j).y()));
            }
        }
        assertThat(closest).as("no two nodes on top of each other").isGreaterThan(15);
    }

    /** Nodes that share the extreme x or y: the sign of leaves pressed against the layout box. */
    private static long atEdge(Map<String, NodePoint> points) {
        double minX = points.values().stream().mapToDouble(NodePoint::x).min().orElse(0);
        double maxX = points.values().stream().mapToDouble(NodePoint::x).max().orElse(0);
        double minY = points.values().stream().mapToDouble(NodePoint::y).min().orElse(0);
        double maxY = points.values().stream().mapToDouble(NodePoint::y).max().orElse(0);
        return points.values().stream().filter(p -> Math.abs(p.x() - minX) < 1 || Math.abs(p.x() - maxX) < 1
                || Math.abs(p.y() - minY) < 1 || Math.abs(p.y() - maxY) < 1).count();
    }

    @Test
    void layoutTimesFromARadialTreeBesideRandomPlaces() {
        for (int n : new int[] {5, 50, 200, 500}) {
            List<SwitchReport> reports = TopologyLab.reports(n);
            List<org.netboxauto.core.Host> hosts = TopologyBuilderTest.hosts(n);
            TopologyLayout.of(TopologyBuilder.of(reports, hosts));
            long start = System.nanoTime();
            Topology built = TopologyBuilder.of(reports, hosts);
            long builtAt = System.nanoTime();
            Map<String, NodePoint> pairs = TopologyLayout.of(built, true);
            long pairsAt = System.nanoTime();
            Map<String, NodePoint> indexed = TopologyLayout.of(built, false);
            long end = System.nanoTime();
            System.out.printf("topology layout: %d switches, %d nodes, %d hosts: build %.1f ms; layout from a radial"
                    + " tree %.1f ms, from random places %.1f ms (%.2fx); nodes at the box's edge %d vs %d%n", n, built.nodes().size(), hosts.size(),
                    (builtAt - start) / 1e6, (pairsAt - builtAt) / 1e6, (end - pairsAt) / 1e6,
                    (double) (pairsAt - builtAt) / (end - pairsAt), atEdge(pairs), atEdge(indexed));
            assertThat(pairs).hasSize(built.nodes().size());
            assertThat(indexed).hasSize(built.nodes().size());
        }
    }
}
