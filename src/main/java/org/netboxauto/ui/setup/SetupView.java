package org.netboxauto.ui.setup;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.netboxauto.config.RouterOsSource.Transport;

/** The first-run form, built in code: entries come and go as the admin adds sources. */
public final class SetupView {

    private static final String STYLESHEET = SetupView.class.getResource("setup.css").toExternalForm();

    private SetupView() {
    }

    public static Parent create(SetupViewModel vm) {
        Label title = new Label("Set up netbox-auto");
        title.getStyleClass().add("setup-title");
        Label intro = wrapped(vm.adding()
                ? "Save adds what you enter here to " + vm.target() + ": NetBox's fields you fill in replace the"
                        + " file's, the sources you add join those already there, everything else stays. Passwords"
                        + " and tokens go to files beside it that only you can read."
                : "No configuration was found. Enter NetBox and the sources to discover; Save writes "
                        + vm.target() + ". Passwords and tokens go to files beside it that only you can read.");

        VBox netbox = card("NetBox", null,
                FormGrid.of()
                        .text("URL", vm.netboxUrlProperty(), "https://netbox.example.com")
                        .secret("API token", vm.netboxTokenProperty(), "40 hex digits, or nbt_…")
                        .text("TLS CA file", vm.netboxCaFileProperty(), "optional: PEM file of a private CA")
                        .text("TLS fingerprint", vm.netboxFingerprintProperty(),
                                "optional: SHA-256 of a self-signed certificate")
                        .build(),
                TestRow.of(vm.netboxStatus(), vm::testNetBox, vm::trustNetBox));

        VBox routers = new VBox(10);
        mirror(vm.routeros(), routers, entry -> routerCard(vm, entry));
        Button addRouter = new Button("Add router");
        addRouter.setOnAction(e -> vm.addRouterOs());
        VBox proxmox = new VBox(10);
        mirror(vm.proxmox(), proxmox, entry -> proxmoxCard(vm, entry));
        Button addProxmox = new Button("Add Proxmox");
        addProxmox.setOnAction(e -> vm.addProxmox());

        VBox problems = new VBox(4);
        problems.getStyleClass().add("setup-problems");
        mirror(vm.problems(), problems, SetupView::wrapped);
        problems.visibleProperty().bind(Bindings.isNotEmpty(vm.problems()));
        problems.managedProperty().bind(problems.visibleProperty());

        VBox form = new VBox(14, title, intro, netbox, section("MikroTik RouterOS", addRouter), routers,
                section("Proxmox VE", addProxmox), proxmox, problems);
        form.getStyleClass().add("setup-form");
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);

        Button save = new Button("Save and open Discovery");
        save.getStyleClass().add("accent-button");
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.savingProperty());
        save.setOnAction(e -> vm.save());
        HBox buttons = new HBox(save);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.getStyleClass().add("setup-buttons");

        BorderPane root = new BorderPane(scroll);
        root.setBottom(buttons);
        root.getStyleClass().add("first-run");
        root.getStylesheets().add(STYLESHEET);
        root.setPrefSize(760, 760);
        return root;
    }

    private static Node routerCard(SetupViewModel vm, RouterOsEntry entry) {
        ChoiceBox<Transport> transport = new ChoiceBox<>(javafx.collections.FXCollections.observableArrayList(
                Transport.values()));
        transport.valueProperty().bindBidirectional(entry.transport);
        transport.setConverter(new TransportNames());
        return card("Router", removeButton(vm, entry),
                FormGrid.of()
                        .text("Name", entry.name, "core-router")
                        .text("Host", entry.host, "192.0.2.1 or router.example.com")
                        .node("Transport", transport)
                        .text("Port", entry.port, "blank: the transport's usual port")
                        .text("Username", entry.username, "a read-only RouterOS user")
                        .secret("Password", entry.password, "")
                        .text("TLS fingerprint", entry.fingerprint, "optional: SHA-256 of a self-signed certificate")
                        .build(),
                TestRow.of(entry.status, () -> vm.test(entry), c -> vm.trust(entry, c)));
    }

    private static Node proxmoxCard(SetupViewModel vm, ProxmoxEntry entry) {
        return card("Proxmox VE", removeButton(vm, entry),
                FormGrid.of()
                        .text("Name", entry.name, "pve1")
                        .text("URL", entry.url, "https://pve1.example.com:8006")
                        .text("API token id", entry.tokenId, "netbox-auto@pve!discovery")
                        .secret("Token secret", entry.tokenSecret, "")
                        .text("TLS fingerprint", entry.fingerprint, "optional: SHA-256 of a self-signed certificate")
                        .build(),
                TestRow.of(entry.status, () -> vm.test(entry), c -> vm.trust(entry, c)));
    }

    private static Button removeButton(SetupViewModel vm, Object entry) {
        Button remove = new Button("Remove");
        remove.setOnAction(e -> vm.remove(entry));
        return remove;
    }

    private static VBox card(String heading, Node action, Node... content) {
        Label label = new Label(heading);
        label.getStyleClass().add("card-heading");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = action == null ? new HBox(label) : new HBox(8, label, gap, action);
        header.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(10, header);
        card.getChildren().addAll(content);
        card.getStyleClass().addAll("card", "setup-card");
        return card;
    }

    private static Node section(String heading, Button add) {
        Label label = new Label(heading);
        label.getStyleClass().add("setup-section");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(8, label, gap, add);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static <T> void mirror(ObservableList<T> items, VBox box, Function<T, Node> view) {
        Runnable fill = () -> box.getChildren().setAll(items.stream().map(view).toList());
        items.addListener((ListChangeListener<T>) change -> fill.run());
        fill.run();
    }
}
