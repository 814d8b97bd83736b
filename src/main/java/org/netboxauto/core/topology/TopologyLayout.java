package org.netboxauto.core.topology;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import java.util.function.BiFunction;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.LayoutModel2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Places the nodes with JGraphT's force-directed layout (Fruchterman–Reingold) from a radial tree, each node
 * given about {@link #ROOM} units so labels keep their room; the same topology is always laid out the same way.
 */
public final class TopologyLayout {

    /** Layout units each node is given; the view draws a node about 20 units wide. */
    public static final double ROOM = 150;
    private static final int ITERATIONS = 80;
    private static final long SEED = 20_261_203L;

    private TopologyLayout() {
    }


    public static Map<String, NodePoint> of(Topology topology) {
        return of(topology, true);
    }

    /** @param radial start from {@link RadialStart}, else from JGraphT's random places (for comparison) */
    static Map<String, NodePoint> of(Topology topology, boolean radial) {
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        topology.nodes().forEach(n -> graph.addVertex(n.id()));
        topology.edges().forEach(e -> {
            if (!e.from().equals(e.to())) {
                graph.addEdge(e.from(), e.to());
            }
        });
        int n = Math.max(1, graph.vertexSet().size());
        Random random = new Random(SEED);
        Map<String, Point2D> start = RadialStart.of(graph, ROOM);
        double minX = start.values().stream().mapToDouble(Point2D::getX).min().orElse(0);
        double minY = start.values().stream().mapToDouble(Point2D::getY).min().orElse(0);
        double maxX = start.values().stream().mapToDouble(Point2D::getX).max().orElse(0);
        double maxY = start.values().stream().mapToDouble(Point2D::getY).max().orElse(0);
        // far more room than the forces need: nodes pressed against a wall would pile up there
        double pad = ROOM * (4 + Math.sqrt(n));
        Box2D box = Box2D.of(minX - pad, minY - pad, maxX - minX + 2 * pad, maxY - minY + 2 * pad);
        LayoutModel2D<String> model = new MapLayoutModel2D<>(box);
        // FR's optimal distance is C·sqrt(area / n); C is chosen so that it is ROOM whatever the box
        double normalization = ROOM / Math.sqrt(box.getWidth() * box.getHeight() / n);
        // cool from a third of a ring: the radial start keeps its outline and is only tidied
        BiFunction<LayoutModel2D<String>, Integer, FRLayoutAlgorithm2D.TemperatureModel> cooling =
                (m, iterations) -> (i, max) -> ROOM * 0.35 * (1 - (double) i / max);
        FRLayoutAlgorithm2D<String, DefaultEdge> algorithm = radial
                ? new FRLayoutAlgorithm2D<>(ITERATIONS, normalization, cooling, random)
                : new FRLayoutAlgorithm2D<>(ITERATIONS, normalization, random);
        if (radial) {
            algorithm.setInitializer(start::get);
        }
        if (n > 1) {
            algorithm.layout(graph, model);
        }
        Map<String, NodePoint> out = new HashMap<>();
        for (String v : graph.vertexSet()) {
            Point2D p = n > 1 ? model.get(v) : Point2D.of(0, 0);
            out.put(v, new NodePoint(p.getX(), p.getY()));
        }
        return out;
    }
}
