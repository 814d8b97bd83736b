package org.netboxauto.ui.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.netboxauto.core.topology.NodeKind;
import org.netboxauto.core.topology.NodePoint;
import org.netboxauto.core.topology.Topology;
import org.netboxauto.core.topology.TopologyBuilder;
import org.netboxauto.core.topology.TopologyLab;
import org.netboxauto.core.topology.TopologyLayout;

/** Names that fit are shown, switches first; none covers another; the picked node's always is. */
class LabelPlacementTest {

    @Test
    void aSmallNetworkShowsEveryNameAtAnyZoomItIsFittedAt() {
        Topology t = TopologyBuilder.of(TopologyLab.reports(5), List.of());
        Map<String, NodePoint> at = TopologyLayout.of(t);
        for (double scale : new double[] {0.5, 1, 1.6, 3}) {
            List<LabelPlacement.Placed> placed = LabelPlacement.place(LabelPlacement.order(t), at,
                    view(at, scale), Set.of(), null);
            assertThat(placed).extracting(p -> p.node().label()).as("at scale " + scale)
                    .contains("core-01", "dist-01", "dist-02", "dist-03", "dist-04");
        }
    }

    @Test
    void zoomedOutTheBestLinkedSwitchesKeepTheirNamesAndNoLabelsOverlap() {
        Topology t = TopologyBuilder.of(TopologyLab.reports(200), List.of());
        Map<String, NodePoint> at = TopologyLayout.of(t);
        LabelPlacement.View view = view(at, 0.25);

        List<LabelPlacement.Placed> placed = LabelPlacement.place(LabelPlacement.order(t), at, view,
                Set.of("switch:acc-199"), "switch:acc-199");

        assertThat(placed).extracting(p -> p.node().label()).contains("core-01", "acc-199");
        assertThat(placed.size()).isLessThan(t.nodes().size());
        assertThat(placed).filteredOn(p -> p.node().kind() != NodeKind.SWITCH).size()
                .isLessThanOrEqualTo((int) placed.stream().filter(p -> p.node().kind() == NodeKind.SWITCH).count());
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                assertThat(overlap(placed.get(i), placed.get(j))).as(placed.get(i) + " and " + placed.get(j))
                        .isFalse();
            }
        }
    }

    private static boolean overlap(LabelPlacement.Placed a, LabelPlacement.Placed b) {
        double ha = a.node().label().length() * LabelPlacement.CHAR_WIDTH / 2;
        double hb = b.node().label().length() * LabelPlacement.CHAR_WIDTH / 2;
        return a.x() - ha < b.x() + hb && b.x() - hb < a.x() + ha && a.top() < b.top() + LabelPlacement.LABEL_HEIGHT
                && b.top() < a.top() + LabelPlacement.LABEL_HEIGHT;
    }

    /** The map scaled by {@code scale} with its corner at the view's, on a view just big enough. */
    private static LabelPlacement.View view(Map<String, NodePoint> at, double scale) {
        double minX = at.values().stream().mapToDouble(NodePoint::x).min().orElse(0);
        double minY = at.values().stream().mapToDouble(NodePoint::y).min().orElse(0);
        double maxX = at.values().stream().mapToDouble(NodePoint::x).max().orElse(0);
        double maxY = at.values().stream().mapToDouble(NodePoint::y).max().orElse(0);
        return new LabelPlacement.View(scale, 70 - minX * scale, 70 - minY * scale, Math.min(1.6, Math.max(0.45, scale)),
                (maxX - minX) * scale + 140, (maxY - minY) * scale + 140);
    }

}
