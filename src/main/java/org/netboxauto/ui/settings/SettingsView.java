package org.netboxauto.ui.settings;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Settings window, built in code: sections on the left, their keys in a table, one key edited below. */
public final class SettingsView {

    public static final String TITLE = "Settings";
    private static final PseudoClass BUILT_IN = PseudoClass.getPseudoClass("built-in");
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");
    private static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");

    private SettingsView() {
    }

    public static Parent create(SettingsViewModel vm, Runnable close) {
        Label title = new Label(TITLE);
        title.getStyleClass().add("dialog-title");
        Label file = new Label();
        file.getStyleClass().add("dialog-subtitle");
        file.textProperty().bind(Bindings.concat("Editing ", vm.sourceProperty()));
        FontIcon icon = new FontIcon("mdi2c-cog-outline");
        icon.getStyleClass().add("dialog-icon");
        HBox header = new HBox(icon, new VBox(2, title, file));
        header.getStyleClass().add("dialog-header");

        ListView<String> sections = new ListView<>(vm.sections());
        sections.getStyleClass().add("settings-sections");
        sections.setId("settingsSections");
        sections.setPrefWidth(160);
        sections.setMinWidth(140);
        sections.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.sectionProperty().set(now);
            }
        });
        vm.sectionProperty().addListener((obs, old, now) -> sections.getSelectionModel().select(now));

        TableView<SettingField> table = table(vm);
        MenuButton add = new MenuButton("Add");
        add.setGraphic(new FontIcon("mdi2p-plus"));
        add.setId("addEntry");
        Button remove = new Button("Remove this entry");
        remove.setId("removeEntry");
        remove.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            SettingField f = table.getSelectionModel().getSelectedItem();
            return f == null || f.entry() == null;
        }, table.getSelectionModel().selectedItemProperty()));
        remove.setOnAction(e -> vm.removeEntry(table.getSelectionModel().getSelectedItem()));
        Runnable fillAdd = () -> {
            add.getItems().setAll(vm.addable().entrySet().stream().map(k -> {
                MenuItem item = new MenuItem(k.getValue());
                item.setOnAction(e -> {
                    vm.addEntry(k.getKey());
                    table.scrollTo(table.getItems().size() - 1);
                });
                return item;
            }).toList());
            add.setVisible(!add.getItems().isEmpty());
            remove.setVisible(add.isVisible());
        };
        vm.sectionProperty().addListener((obs, old, now) -> fillAdd.run());
        fillAdd.run();
        add.managedProperty().bind(add.visibleProperty());
        remove.managedProperty().bind(remove.visibleProperty());
        Label sectionTitle = new Label();
        sectionTitle.getStyleClass().add("card-heading");
        sectionTitle.textProperty().bind(vm.sectionProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox tools = new HBox(8, sectionTitle, gap, add, remove);
        tools.setAlignment(Pos.CENTER_LEFT);

        VBox center = new VBox(10, tools, table, editor(vm, table));
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox body = new HBox(14, sections, center);
        HBox.setHgrow(center, Priority.ALWAYS);
        VBox.setVgrow(body, Priority.ALWAYS);

        ListView<String> problems = new ListView<>(vm.problems());
        problems.getStyleClass().add("settings-problems");
        problems.setId("settingsProblems");
        problems.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(4, Math.max(1, vm.problems().size())) * 28.0 + 8, vm.problems()));
        problems.setMinHeight(36);
        problems.visibleProperty().bind(Bindings.isNotEmpty(vm.problems()));
        problems.managedProperty().bind(problems.visibleProperty());
        problems.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        problems.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.reveal(now).ifPresent(f -> {
                    table.getSelectionModel().select(f);
                    table.scrollTo(f);
                });
            }
        });

        Label status = new Label();
        status.getStyleClass().add("settings-status");
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);
        Label hint = new Label("Save checks the file as config check does and keeps its comments. Secrets go to"
                + " files only you can read. Nothing is sent to NetBox.");
        hint.getStyleClass().add("dialog-hint");
        hint.setWrapText(true);
        VBox notes = new VBox(2, status, hint);
        HBox.setHgrow(notes, Priority.ALWAYS);
        notes.setMaxWidth(Double.MAX_VALUE);
        Button cancel = new Button("Close");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close.run());
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        Button save = new Button("Save");
        save.setId("saveSettings");
        save.setDefaultButton(true);
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.disableProperty().bind(vm.busyProperty());
        save.setOnAction(e -> vm.save());
        HBox footer = new HBox(12, notes, cancel, save);
        footer.getStyleClass().add("dialog-footer");

        VBox root = new VBox(header, body, problems, footer);
        root.getStyleClass().addAll("dialog-page", "settings-page");
        root.setPrefSize(1040, 680);
        return root;
    }

    private static TableView<SettingField> table(SettingsViewModel vm) {
        TableView<SettingField> table = new TableView<>(vm.rows());
        table.getStyleClass().add("settings-table");
        table.setId("settingsTable");
        TableColumn<SettingField, String> key = new TableColumn<>("Key");
        key.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().key()));
        key.setPrefWidth(330);
        TableColumn<SettingField, String> value = new TableColumn<>("Value");
        value.setCellValueFactory(row -> row.getValue().valueProperty());
        value.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                SettingField field = empty ? null : getTableRow().getItem();
                if (field == null) {
                    setText(null);
                } else if (text.isEmpty()) {
                    setText(field.fallback().isEmpty() ? "" : field.fallback() + " (default)");
                } else {
                    setText(text);
                }
            }
        });
        value.setPrefWidth(380);
        TableColumn<SettingField, String> origin = new TableColumn<>("From");
        origin.setCellValueFactory(row -> row.getValue().originProperty());
        origin.setPrefWidth(80);
        origin.setMinWidth(70);
        origin.setMaxWidth(100);
        table.getColumns().setAll(java.util.List.of(key, value, origin));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Reading the config file…"));
        table.setRowFactory(view -> new TableRow<>() {
            private final javafx.beans.value.ChangeListener<String> restyle = (obs, old, now) -> style(getItem());

            @Override
            protected void updateItem(SettingField field, boolean empty) {
                if (getItem() != null) {
                    getItem().originProperty().removeListener(restyle);
                    getItem().problemProperty().removeListener(restyle);
                }
                super.updateItem(field, empty);
                if (field != null && !empty) {
                    field.originProperty().addListener(restyle);
                    field.problemProperty().addListener(restyle);
                }
                style(empty ? null : field);
            }

            private void style(SettingField field) {
                pseudoClassStateChanged(BUILT_IN, field != null && field.originProperty().get().equals("default"));
                pseudoClassStateChanged(CHANGED, field != null && field.originProperty().get().equals("changed"));
                pseudoClassStateChanged(PROBLEM, field != null && !field.problemProperty().get().isEmpty());
                setTooltip(field == null || field.problemProperty().get().isEmpty() ? null
                        : new javafx.scene.control.Tooltip(field.problemProperty().get()));
            }
        });
        return table;
    }

    /** The selected key: its value typed in a field (a password field for a secret), its default and problem. */
    private static Parent editor(SettingsViewModel vm, TableView<SettingField> table) {
        Label key = new Label("Pick a key above to change it.");
        key.getStyleClass().add("settings-editing-key");
        TextField text = new TextField();
        text.setId("settingValue");
        PasswordField secret = new PasswordField();
        secret.setId("settingSecret");
        secret.setPromptText("type a new secret; it is saved to its own file");
        StackPane fields = new StackPane(text, secret);
        HBox.setHgrow(fields, Priority.ALWAYS);
        Button clear = new Button("Use the default");
        clear.setId("clearSetting");
        clear.setMinWidth(Region.USE_PREF_SIZE);
        Label about = new Label();
        about.getStyleClass().add("dialog-hint");
        about.setWrapText(true);
        Label problem = new Label();
        problem.getStyleClass().add("settings-problem");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.visibleProperty());
        boolean[] filling = {false};
        Runnable show = () -> {
            SettingField f = table.getSelectionModel().getSelectedItem();
            filling[0] = true;
            text.setVisible(f == null || !f.secret());
            secret.setVisible(f != null && f.secret());
            text.setDisable(f == null);
            clear.setDisable(f == null);
            clear.setVisible(f == null || !f.secret());
            key.setText(f == null ? "Pick a key above to change it." : f.key());
            text.setText(f == null ? "" : vm.editText(f));
            secret.setText("");
            text.setPromptText(f == null || f.fallback().isEmpty() ? "not set" : "default: " + f.fallback());
            about.setText(f == null ? "" : f.secret() ? "A secret is never shown or written into the config;"
                    + " what you type goes to a file readable only by you, and the config names that file."
                    : "Text is saved as typed; a list is written as [a, b]; ${?VAR} takes the value from the"
                    + " environment. Empty means the default.");
            problem.setText(f == null ? "" : f.problemProperty().get());
            problem.setVisible(!problem.getText().isEmpty());
            filling[0] = false;
        };
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> show.run());
        for (TextInputControl input : new TextInputControl[] {text, secret}) {
            input.textProperty().addListener((obs, old, now) -> {
                SettingField f = table.getSelectionModel().getSelectedItem();
                if (!filling[0] && f != null) {
                    vm.set(f, now);
                }
            });
        }
        clear.setOnAction(e -> {
            SettingField f = table.getSelectionModel().getSelectedItem();
            if (f != null) {
                vm.set(f, "");
                show.run();
            }
        });
        vm.problems().addListener((javafx.collections.ListChangeListener<String>) c -> show.run());
        show.run();
        HBox row = new HBox(8, fields, clear);
        row.setAlignment(Pos.CENTER_LEFT);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        javafx.scene.layout.ColumnConstraints names = new javafx.scene.layout.ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(names, values);
        grid.addRow(0, new Label("Key"), key);
        grid.addRow(1, new Label("Value"), row);
        grid.add(about, 1, 2);
        grid.add(problem, 1, 3);
        grid.getStyleClass().add("settings-editor");
        return grid;
    }
}
