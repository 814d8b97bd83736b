package org.netboxauto.ui.topology;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.netboxauto.core.topology.NodeKind;
import org.netboxauto.core.topology.PortHost;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Topology tab: toolbar, the map with its legend, and the picked switch's front panel with a port's hosts. */
final class TopologyView {

    private static final Logger LOG = LoggerFactory.getLogger(TopologyView.class);
    private static final double DETAILS_HEIGHT = 206;

    private TopologyView() {
    }

    static Parent create(TopologyViewModel model, ObservableBooleanValue dark, Executor background) {
        TopologyCanvas map = new TopologyCanvas(model::select);
        Label message = new Label();
        message.getStyleClass().add("topology-message");
        message.textProperty().bind(model.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Button refresh = button("Refresh", "mdi2r-refresh", "Read the switch reports again", model::load);
        refresh.disableProperty().bind(model.loadingProperty());
        Button fit = button("Fit", "mdi2f-fit-to-screen-outline", "Show the whole map (0)", map::fit);
        Button out = button("", "mdi2m-magnify-minus-outline", "Zoom out (−)", map::zoomOut);
        Button in = button("", "mdi2m-magnify-plus-outline", "Zoom in (+)", map::zoomIn);
        out.setId("topology-zoom-out");
        in.setId("topology-zoom-in");
        Label status = new Label();
        Button png = button("PNG…", "mdi2f-file-image-outline", "Save the map as it is shown, as a PNG picture", () ->
                choose(map, "PNG", "png").ifPresent(file -> {
                    var image = TopologyPng.snapshot(map);
                    background.execute(() -> saved(status, file, () -> TopologyPng.write(image, file)));
                }));
        Button svg = button("SVG…", "mdi2v-vector-square", "Save the whole map as SVG, to scale to any size", () ->
                choose(map, "SVG", "svg").ifPresent(file -> {
                    String text = TopologySvg.of(model.drawingProperty().get(), TopologyPalette.of(dark.get()));
                    background.execute(() -> saved(status, file, () -> Files.writeString(file, text)));
                }));
        png.setId("topology-export-png");
        svg.setId("topology-export-svg");
        Label export = new Label("Export");
        HBox top = new HBox(8, refresh, fit, out, in, gap(), export, png, svg, message);
        top.setAlignment(Pos.CENTER_LEFT);

        StackPane mapPane = new StackPane(map);
        HBox kinds = kindLegend(TopologyPalette.of(dark.get()));
        StackPane.setAlignment(kinds, Pos.BOTTOM_LEFT);
        StackPane.setMargin(kinds, new Insets(8));
        mapPane.getChildren().add(kinds);
        mapPane.getStyleClass().add("topology-map");

        Label title = new Label("Click a switch on the map to see its ports.");
        title.getStyleClass().add("topology-title");
        title.setWrapText(true);
        FlowPane strip = FrontPanel.strip(model, () -> TopologyPalette.of(dark.get()));
        ScrollPane stripScroll = new ScrollPane(strip);
        stripScroll.setFitToWidth(true);
        // two or three rows of keys show at once; a chassis with hundreds of ports scrolls
        stripScroll.prefViewportHeightProperty().bind(Bindings.min(96, strip.heightProperty()));
        stripScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        stripScroll.getStyleClass().add("topology-strip");
        HBox[] legend = {FrontPanel.legend(TopologyPalette.of(dark.get()))};
        VBox legendBox = new VBox(legend[0]);
        Label portTitle = new Label();
        portTitle.getStyleClass().add("topology-port-title");
        ListView<PortHost> hosts = new ListView<>(model.portHosts());
        hosts.setId("topology-port-hosts");
        hosts.setPrefHeight(74);
        hosts.setPlaceholder(new Label("No host is located on this port."));
        hosts.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(PortHost h, boolean empty) {
                super.updateItem(h, empty);
                setText(empty || h == null ? null : h.label() + "   " + h.mac());
            }
        });
        Button review = button("Show in Review", "mdi2c-clipboard-check-outline",
                "Select this host in the Review tab", () -> {
                    PortHost h = hosts.getSelectionModel().getSelectedItem();
                    if (h != null) {
                        model.showInReview(h);
                    }
                });
        review.setId("topology-show-in-review");
        review.disableProperty().bind(hosts.getSelectionModel().selectedItemProperty().isNull());
        hosts.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && hosts.getSelectionModel().getSelectedItem() != null) {
                model.showInReview(hosts.getSelectionModel().getSelectedItem());
            }
        });
        // a port's first host is ready to show, one click from Review
        model.portHosts().addListener((javafx.collections.ListChangeListener<PortHost>) c ->
                hosts.getSelectionModel().selectFirst());
        hosts.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && hosts.getSelectionModel().getSelectedItem() != null) {
                model.showInReview(hosts.getSelectionModel().getSelectedItem());
            }
        });
        VBox portBox = new VBox(6, portTitle, new HBox(8, hosts, review));
        HBox.setHgrow(hosts, Priority.ALWAYS);
        portBox.visibleProperty().bind(model.portProperty().isNotNull());
        portBox.managedProperty().bind(portBox.visibleProperty());
        HBox heading = new HBox(16, title, legendBox);
        heading.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        legendBox.setMinWidth(Region.USE_PREF_SIZE);
        VBox details = new VBox(8, heading, stripScroll, portBox);
        details.getStyleClass().add("topology-details");
        // always this high, so the map does not jump when a switch is picked
        details.setMinHeight(DETAILS_HEIGHT);
        details.setPrefHeight(DETAILS_HEIGHT);
        details.setMaxHeight(DETAILS_HEIGHT);
        stripScroll.visibleProperty().bind(model.selectedProperty().isNotNull());
        stripScroll.managedProperty().bind(stripScroll.visibleProperty());

        model.selectedProperty().addListener((obs, old, node) -> {
            map.select(node == null ? null : node.id());
            title.setText(node == null ? "Click a switch on the map to see its ports."
                    : node.label() + " — " + model.panel().size() + " ports. Click a port to list its hosts.");
        });
        model.portProperty().addListener((obs, old, p) -> portTitle.setText(p == null ? "" : p.name() + ": "
                + TopologyPalette.name(p.use()) + p.neighbour().map(n -> ", neighbour " + n).orElse("")
                + (p.hosts().isEmpty() ? "" : ", " + p.hosts().size() + (p.hosts().size() == 1 ? " host" : " hosts"))));
        model.drawingProperty().addListener((obs, old, laid) -> map.show(laid));
        map.show(model.drawingProperty().get());
        Runnable themed = () -> {
            TopologyPalette palette = TopologyPalette.of(dark.get());
            map.palette(palette);
            legend[0] = FrontPanel.legend(palette);
            legendBox.getChildren().setAll(legend[0]);
            mapPane.getChildren().set(1, kindLegend(palette));
            StackPane.setAlignment(mapPane.getChildren().get(1), Pos.BOTTOM_LEFT);
            StackPane.setMargin(mapPane.getChildren().get(1), new Insets(8));
            ((Runnable) strip.getUserData()).run();
        };
        dark.addListener((obs, old, now) -> themed.run());
        themed.run();

        VBox.setVgrow(mapPane, Priority.ALWAYS);
        mapPane.setMinHeight(120);
        VBox page = new VBox(10, top, status, mapPane, details);
        status.getStyleClass().add("topology-status");
        status.managedProperty().bind(Bindings.isNotEmpty(status.textProperty()));
        page.getStyleClass().add("topology-page");
        page.getStylesheets().add(TopologyView.class.getResource("/org/netboxauto/ui/topology/topology.css")
                .toExternalForm());
        page.setPadding(new Insets(14, 16, 14, 16));
        page.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (!e.isConsumed() && !(e.getTarget() instanceof javafx.scene.control.TextInputControl)) {
                map.keys(e);
            }
        });
        return page;
    }

    private static HBox kindLegend(TopologyPalette palette) {
        HBox legend = new HBox(12);
        legend.getStyleClass().add("topology-kinds");
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.setPadding(new Insets(5, 10, 5, 10));
        legend.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        legend.setStyle("-fx-background-color: " + palette.background() + "e6; -fx-background-radius: 6;"
                + " -fx-border-color: " + palette.edge() + "; -fx-border-radius: 6;");
        for (NodeKind kind : NodeKind.values()) {
            Region swatch = new Region();
            double r = NodeShapes.radius(kind);
            swatch.setMinSize(r * 1.2, kind == NodeKind.SWITCH ? r * 0.7 : r * 1.2);
            swatch.setMaxSize(r * 1.2, kind == NodeKind.SWITCH ? r * 0.7 : r * 1.2);
            swatch.setStyle("-fx-background-color: " + palette.node(kind) + "; -fx-background-radius: "
                    + (kind == NodeKind.DEVICE ? "50%" : "3") + ";" + (kind == NodeKind.ROUTER ? " -fx-rotate: 45;" : ""));
            Label label = new Label(TopologyPalette.name(kind), swatch);
            label.setStyle("-fx-text-fill: " + palette.label() + ";");
            label.setGraphicTextGap(6);
            legend.getChildren().add(label);
        }
        return legend;
    }

    private static Region gap() {
        Region gap = new Region();
        gap.setMinWidth(8);
        return gap;
    }

    private static Button button(String text, String icon, String tip, Runnable action) {
        Button b = new Button(text, new FontIcon(icon));
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private static java.util.Optional<Path> choose(Region map, String format, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the network map as " + format);
        chooser.setInitialFileName("topology." + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format, "*." + extension));
        File file = chooser.showSaveDialog(map.getScene().getWindow());
        return java.util.Optional.ofNullable(file).map(File::toPath);
    }

    private interface Write {
        void run() throws IOException;
    }

    private static void saved(Label status, Path file, Write write) {
        try {
            write.run();
            LOG.info("Saved the network map to {}", file);
            javafx.application.Platform.runLater(() -> status.setText("Saved the map to " + file + "."));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not save the network map to {}", file, e);
            javafx.application.Platform.runLater(() -> status.setText("Could not write " + file + " ("
                    + e.getMessage() + "). Choose a folder you can write to and export again."));
        }
    }
}
