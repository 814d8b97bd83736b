package org.netboxauto.ui.topology;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.netboxauto.core.Host;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.topology.NodeKind;
import org.netboxauto.core.topology.PanelPort;
import org.netboxauto.core.topology.PortHost;
import org.netboxauto.core.topology.SwitchReport;
import org.netboxauto.core.topology.Topology;
import org.netboxauto.core.topology.TopologyBuilder;
import org.netboxauto.core.topology.TopologyLayout;
import org.netboxauto.core.topology.TopologyNode;
import org.netboxauto.service.HostEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Topology tab's state: the laid-out network (built and laid out off the FX thread), the switch whose
 * front panel is shown, the port picked on it and that port's hosts.
 */
public final class TopologyViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(TopologyViewModel.class);

    private final TopologyServices services;
    private final Executor worker;
    private final Executor fx;
    private final Consumer<MacAddress> showInReview;
    private final ReadOnlyObjectWrapper<LaidOutTopology> drawing = new ReadOnlyObjectWrapper<>(this, "drawing",
            LaidOutTopology.EMPTY);
    private final ReadOnlyBooleanWrapper hasReports = new ReadOnlyBooleanWrapper(this, "hasReports");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObjectProperty<TopologyNode> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<PanelPort> port = new SimpleObjectProperty<>(this, "port");
    private final ObservableList<PanelPort> panel = FXCollections.observableArrayList();
    private final ObservableList<PortHost> portHosts = FXCollections.observableArrayList();
    private boolean again;

    public TopologyViewModel(TopologyServices services, Executor worker, Executor fx, Consumer<MacAddress> showInReview) {
        this.services = services;
        this.worker = worker;
        this.fx = fx;
        this.showInReview = showInReview;
        selected.addListener((obs, old, node) -> {
            port.set(null);
            panel.setAll(node == null ? List.of()
                    : drawing.get().topology().panels().getOrDefault(node.id(), List.of()));
        });
        port.addListener((obs, old, p) -> portHosts.setAll(p == null ? List.of() : p.hosts()));
    }

    /** Reads the switch reports and hosts, builds and lays out the map; call on the FX thread. */
    public void load() {
        if (loading.get()) {
            again = true;
            return;
        }
        loading.set(true);
        worker.execute(() -> {
            try {
                List<SwitchReport> reports = services.switchReports();
                List<Host> hosts = services.reviewHosts().stream().map(HostEntry::host).toList();
                LaidOutTopology laid = layOut(reports, hosts);
                fx.execute(() -> show(laid, reports.size()));
            } catch (RuntimeException e) {
                LOG.warn("Could not read the switch reports for the Topology tab", e);
                String why = e.getMessage() == null ? e.toString() : e.getMessage();
                fx.execute(() -> {
                    finished();
                    message.set("Could not read the switches from the store: " + why
                            + ". Check the store in Settings, then press Refresh.");
                });
            }
        });
    }

    /** Builds and lays out the map from reports and hosts; pure, for any thread. */
    public static LaidOutTopology layOut(List<SwitchReport> reports, List<Host> hosts) {
        long start = System.nanoTime();
        Topology topology = TopologyBuilder.of(reports, hosts);
        var points = TopologyLayout.of(topology);
        return new LaidOutTopology(topology, points, Duration.ofNanos(System.nanoTime() - start));
    }

    private void show(LaidOutTopology laid, int reports) {
        String keep = selected.get() == null ? null : selected.get().id();
        drawing.set(laid);
        hasReports.set(reports > 0);
        loaded.set(true);
        Topology t = laid.topology();
        long others = t.nodes().size() - t.switches();
        message.set(t.switches() + " switches, " + others + " neighbours, "
                + t.edges().stream().mapToInt(e -> e.links()).sum() + " links; laid out in "
                + laid.layoutTime().toMillis() + " ms");
        selected.set(t.nodes().stream().filter(n -> n.id().equals(keep)).findFirst().orElse(null));
        finished();
    }

    private void finished() {
        loading.set(false);
        if (again) {
            again = false;
            load();
        }
    }

    /** Shows a node's front panel when it is a reporting switch; anything else clears it. */
    public void select(TopologyNode node) {
        selected.set(node != null && node.kind() == NodeKind.SWITCH ? node : null);
    }

    public void selectPort(PanelPort p) {
        port.set(p);
    }

    /** Brings the Review tab forward with this host selected. */
    public void showInReview(PortHost host) {
        showInReview.accept(host.mac());
    }

    public ReadOnlyObjectProperty<LaidOutTopology> drawingProperty() {
        return drawing.getReadOnlyProperty();
    }

    /** Whether any configured switch has reported; the tab shows how to get there until one has. */
    public ReadOnlyBooleanProperty hasReportsProperty() {
        return hasReports.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ObjectProperty<TopologyNode> selectedProperty() {
        return selected;
    }

    public ObjectProperty<PanelPort> portProperty() {
        return port;
    }

    /** The selected switch's ports, in panel order. */
    public ObservableList<PanelPort> panel() {
        return panel;
    }

    /** The hosts on the selected port. */
    public ObservableList<PortHost> portHosts() {
        return portHosts;
    }
}
