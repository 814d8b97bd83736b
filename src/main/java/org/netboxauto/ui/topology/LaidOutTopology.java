package org.netboxauto.ui.topology;

import java.time.Duration;
import java.util.Map;
import org.netboxauto.core.topology.NodePoint;
import org.netboxauto.core.topology.Topology;

/** A topology with where each node goes, and how long building and laying it out took. */
public record LaidOutTopology(Topology topology, Map<String, NodePoint> points, Duration layoutTime) {

    public static final LaidOutTopology EMPTY = new LaidOutTopology(Topology.EMPTY, Map.of(), Duration.ZERO);

    public LaidOutTopology {
        points = Map.copyOf(points);
    }
}
