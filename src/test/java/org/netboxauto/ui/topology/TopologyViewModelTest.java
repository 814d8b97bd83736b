package org.netboxauto.ui.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.topology.NodeKind;
import org.netboxauto.core.topology.PanelPort;
import org.netboxauto.core.topology.SwitchReport;
import org.netboxauto.core.topology.TopologyLab;
import org.netboxauto.core.topology.TopologyNode;
import org.netboxauto.service.HostEntry;

/** The tab's state without the toolkit: a load draws the map, a switch shows its ports, a port its hosts. */
class TopologyViewModelTest {

    private final List<MacAddress> shown = new ArrayList<>();

    @Test
    void aLoadDrawsTheMapAndAPickedSwitchShowsItsPortsAndAPortItsHosts() {
        TopologyViewModel model = model(TopologyLab.reports(5), hosts(5));

        model.load();

        assertThat(model.hasReportsProperty().get()).isTrue();
        assertThat(model.drawingProperty().get().topology().switches()).isEqualTo(5);
        assertThat(model.drawingProperty().get().points()).hasSize(8);
        assertThat(model.messageProperty().get()).startsWith("5 switches, 3 neighbours, 8 links; laid out in");
        TopologyNode dist2 = node(model, "switch:dist-02");
        model.select(dist2);
        assertThat(model.panel()).hasSize(30);
        PanelPort first = model.panel().get(0);
        model.selectPort(first);
        assertThat(model.portHosts()).hasSize(1);
        model.showInReview(model.portHosts().get(0));
        assertThat(shown).containsExactly(model.portHosts().get(0).mac());

        model.select(node(model, "neighbour:phone-desk-12"));
        assertThat(model.selectedProperty().get()).as("only switches have a front panel").isNull();
        assertThat(model.panel()).isEmpty();
        assertThat(model.portHosts()).isEmpty();
    }

    @Test
    void aReloadKeepsThePickedSwitch() {
        TopologyViewModel model = model(TopologyLab.reports(5), hosts(5));
        model.load();
        model.select(node(model, "switch:dist-02"));

        model.load();

        assertThat(model.selectedProperty().get().id()).isEqualTo("switch:dist-02");
        assertThat(model.panel()).hasSize(30);
    }

    @Test
    void withoutReportsTheTabHasNothingToDraw() {
        TopologyViewModel model = model(List.of(), List.of());

        model.load();

        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(model.hasReportsProperty().get()).isFalse();
    }

    @Test
    void aStoreThatCannotBeReadIsSaidAndWhatToDo() {
        TopologyViewModel model = new TopologyViewModel(new TopologyServices() {
            @Override
            public List<SwitchReport> switchReports() {
                throw new IllegalStateException("the store at /tmp/x is locked by another process");
            }

            @Override
            public List<HostEntry> reviewHosts() {
                return List.of();
            }
        }, Runnable::run, Runnable::run, shown::add);

        model.load();

        assertThat(model.messageProperty().get()).isEqualTo("Could not read the switches from the store: the store at"
                + " /tmp/x is locked by another process. Check the store in Settings, then press Refresh.");
        assertThat(model.loadingProperty().get()).isFalse();
    }

    private TopologyViewModel model(List<SwitchReport> reports, List<HostEntry> hosts) {
        return new TopologyViewModel(new TopologyServices() {
            @Override
            public List<SwitchReport> switchReports() {
                return reports;
            }

            @Override
            public List<HostEntry> reviewHosts() {
                return hosts;
            }
        }, Runnable::run, Runnable::run, shown::add);
    }

    private static TopologyNode node(TopologyViewModel model, String id) {
        return model.drawingProperty().get().topology().nodes().stream().filter(n -> n.id().equals(id)).findFirst()
                .orElseThrow();
    }

    private static List<HostEntry> hosts(int n) {
        return org.netboxauto.core.topology.TopologyBuilderTest.hosts(n).stream().map(HostEntry::pending).toList();
    }
}
