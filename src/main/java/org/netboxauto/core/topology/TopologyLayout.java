package org.netboxauto.core.topology;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.IndexedFRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.LayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.LayoutModel2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Places the nodes with JGraphT's force-directed layout (Fruchterman–Reingold), on an area that grows with the
 * node count so labels keep their room; the same topology is always laid out the same way.
 */
public final class TopologyLayout {

    /** Layout units each node is given; the view draws a node about 20 units wide. */
    public static final double ROOM = 150;
    /** Above this many nodes the Barnes–Hut variant is used: all pairs would cost n² per step. */
    private static final int INDEXED_ABOVE = 250;
    private static final int ITERATIONS = 120;
    private static final long SEED = 20_261_203L;

    private TopologyLayout() {
    }

    public static Map<String, NodePoint> of(Topology topology) {
        return of(topology, topology.nodes().size() > INDEXED_ABOVE);
    }

    /** @param indexed Barnes–Hut (n log n a step) rather than all pairs */
    static Map<String, NodePoint> of(Topology topology, boolean indexed) {
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        topology.nodes().forEach(n -> graph.addVertex(n.id()));
        topology.edges().forEach(e -> {
            if (!e.from().equals(e.to())) {
                graph.addEdge(e.from(), e.to());
            }
        });
        int n = Math.max(1, graph.vertexSet().size());
        double side = ROOM * Math.sqrt(n);
        LayoutModel2D<String> model = new MapLayoutModel2D<>(Box2D.of(0, 0, side, side));
        Random random = new Random(SEED);
        LayoutAlgorithm2D<String, DefaultEdge> algorithm = indexed
                ? new IndexedFRLayoutAlgorithm2D<>(ITERATIONS, IndexedFRLayoutAlgorithm2D.DEFAULT_THETA_FACTOR,
                        FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR, random)
                : new FRLayoutAlgorithm2D<>(ITERATIONS, FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR, random);
        if (n > 1) {
            algorithm.layout(graph, model);
        }
        Map<String, NodePoint> out = new HashMap<>();
        for (String v : graph.vertexSet()) {
            Point2D p = n > 1 ? model.get(v) : Point2D.of(side / 2, side / 2);
            out.put(v, new NodePoint(p.getX(), p.getY()));
        }
        return out;
    }
}
