package org.netboxauto.ui.topology;

import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.netboxauto.core.topology.PanelPort;
import org.netboxauto.core.topology.PortUse;

/** A switch's ports as a strip of keys coloured by what is on them, and the legend of those colours. */
final class FrontPanel {

    private FrontPanel() {
    }

    static FlowPane strip(TopologyViewModel model, Supplier<TopologyPalette> palette) {
        FlowPane strip = new FlowPane(4, 4);
        strip.getStyleClass().add("topology-ports");
        ToggleGroup group = new ToggleGroup();
        Runnable fill = () -> {
            strip.getChildren().clear();
            for (PanelPort p : model.panel()) {
                strip.getChildren().add(key(p, group, model, palette.get()));
            }
        };
        model.panel().addListener((ListChangeListener<PanelPort>) c -> fill.run());
        group.selectedToggleProperty().addListener((obs, old, now) ->
                model.selectPort(now == null ? null : (PanelPort) now.getUserData()));
        strip.setUserData(fill);
        return strip;
    }

    private static ToggleButton key(PanelPort p, ToggleGroup group, TopologyViewModel model, TopologyPalette palette) {
        ToggleButton key = new ToggleButton(shortName(p.name()));
        key.setUserData(p);
        key.setToggleGroup(group);
        key.getStyleClass().add("topology-port");
        key.setId("port-" + p.name().replaceAll("[^A-Za-z0-9]", "_"));
        key.setMinWidth(44);
        key.setPrefWidth(Region.USE_COMPUTED_SIZE);
        key.setStyle("-fx-base: " + palette.port(p.use()) + "; -fx-background-color: " + palette.port(p.use())
                + "; -fx-text-fill: " + palette.onPort(p.use()) + ";");
        StringBuilder tip = new StringBuilder(p.name()).append(" — ").append(TopologyPalette.name(p.use()));
        p.neighbour().ifPresent(n -> tip.append("\nNeighbour: ").append(n));
        if (!p.hosts().isEmpty()) {
            tip.append("\n").append(p.hosts().size()).append(p.hosts().size() == 1 ? " host" : " hosts");
        }
        key.setTooltip(new Tooltip(tip.toString()));
        key.setSelected(p.equals(model.portProperty().get()));
        return key;
    }

    /** "GigabitEthernet1/0/12" reads as "Gi1/0/12" on a key; a short name stays whole. */
    static String shortName(String port) {
        if (port.length() <= 8) {
            return port;
        }
        int digit = 0;
        while (digit < port.length() && !Character.isDigit(port.charAt(digit))) {
            digit++;
        }
        return digit < port.length() ? port.substring(0, Math.min(2, digit)) + port.substring(digit)
                : port.substring(0, 8);
    }

    static HBox legend(TopologyPalette palette) {
        HBox legend = new HBox(14);
        legend.getStyleClass().add("topology-legend");
        legend.setAlignment(Pos.CENTER_LEFT);
        for (PortUse use : PortUse.values()) {
            Region swatch = new Region();
            swatch.setMinSize(14, 14);
            swatch.setMaxSize(14, 14);
            swatch.setStyle("-fx-background-color: " + palette.port(use) + "; -fx-background-radius: 3;"
                    + " -fx-border-color: " + palette.edge() + "; -fx-border-radius: 3;");
            Label label = new Label(TopologyPalette.name(use), swatch);
            label.setMinWidth(Region.USE_PREF_SIZE);
            legend.getChildren().add(label);
        }
        legend.setPadding(new Insets(2, 0, 2, 0));
        return legend;
    }
}
