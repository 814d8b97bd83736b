package org.netboxauto.core.topology;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.drawing.model.Point2D;

/**
 * Where the force layout starts: each connected piece as a radial tree around its best-linked node, pieces side by
 * side. Networks are mostly trees, so the forces then only tidy; from random places they leave knots and push
 * leaves against the walls.
 */
final class RadialStart {

    private RadialStart() {
    }

    static <E> Map<String, Point2D> of(Graph<String, E> graph, double ring) {
        Map<String, Point2D> out = new HashMap<>();
        List<Set<String>> pieces = new ArrayList<>(new ConnectivityInspector<>(graph).connectedSets());
        pieces.sort(Comparator.comparingInt((Set<String> s) -> -s.size()).thenComparing(s -> s.stream().sorted()
                .findFirst().orElse("")));
        double x = 0;
        for (Set<String> piece : pieces) {
            String root = piece.stream().sorted().max(Comparator.comparingInt(graph::degreeOf)).orElseThrow();
            Map<String, Point2D> placed = tree(graph, root, ring);
            double minX = placed.values().stream().mapToDouble(Point2D::getX).min().orElse(0);
            double maxX = placed.values().stream().mapToDouble(Point2D::getX).max().orElse(0);
            double shift = x - minX;
            placed.forEach((v, p) -> out.put(v, Point2D.of(p.getX() + shift, p.getY())));
            x += maxX - minX + ring;
        }
        return out;
    }

    /** A breadth-first tree from {@code root}: each node on the ring of its depth, in the middle of its leaves' arc. */
    private static <E> Map<String, Point2D> tree(Graph<String, E> graph, String root, double ring) {
        Map<String, List<String>> children = new HashMap<>();
        Map<String, Integer> depth = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(root));
        Set<String> seen = new HashSet<>(List.of(root));
        depth.put(root, 0);
        List<String> order = new ArrayList<>();
        while (!queue.isEmpty()) {
            String v = queue.poll();
            order.add(v);
            List<String> next = new ArrayList<>();
            for (String w : Graphs.neighborListOf(graph, v)) {
                if (seen.add(w)) {
                    next.add(w);
                    depth.put(w, depth.get(v) + 1);
                    queue.add(w);
                }
            }
            next.sort(Comparator.naturalOrder());
            children.put(v, next);
        }
        Map<String, Integer> leaves = new HashMap<>();
        for (int i = order.size() - 1; i >= 0; i--) {
            String v = order.get(i);
            leaves.put(v, Math.max(1, children.get(v).stream().mapToInt(leaves::get).sum()));
        }
        // a ring long enough for its nodes to sit about a ring apart: the outer rings of a campus hold most nodes
        int deepest = depth.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        double[] radius = new double[deepest + 1];
        for (int d = 1; d <= deepest; d++) {
            int level = d;
            long count = depth.values().stream().filter(x -> x == level).count();
            radius[d] = Math.max(radius[d - 1] + ring, count * ring * 0.8 / (2 * Math.PI));
        }
        Map<String, Point2D> out = new HashMap<>();
        place(root, 0, 2 * Math.PI, children, depth, leaves, radius, out);
        return out;
    }

    private static void place(String v, double from, double to, Map<String, List<String>> children,
            Map<String, Integer> depth, Map<String, Integer> leaves, double[] rings, Map<String, Point2D> out) {
        double angle = (from + to) / 2;
        double radius = rings[depth.get(v)];
        out.put(v, Point2D.of(radius * Math.cos(angle), radius * Math.sin(angle)));
        double start = from;
        for (String c : children.get(v)) {
            double share = (to - from) * leaves.get(c) / leaves.get(v);
            place(c, start, start + share, children, depth, leaves, rings, out);
            start += share;
        }
    }
}
