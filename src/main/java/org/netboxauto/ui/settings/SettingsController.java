package org.netboxauto.ui.settings;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.netboxauto.config.SettingRow;

/** Shows the {@link SettingsViewModel} as a two-column table. */
public final class SettingsController {

    private static final PseudoClass BUILT_IN = PseudoClass.getPseudoClass("built-in");

    private final SettingsViewModel viewModel;

    @FXML
    private Label source;
    @FXML
    private TableView<SettingRow> table;
    @FXML
    private TableColumn<SettingRow, String> keyColumn;
    @FXML
    private TableColumn<SettingRow, String> valueColumn;
    @FXML
    private TableColumn<SettingRow, String> originColumn;

    public SettingsController(SettingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        source.setText(viewModel.source());
        keyColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().key()));
        valueColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().value()));
        originColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(SettingsViewModel.origin(row.getValue())));
        keyColumn.getStyleClass().add("config-key-column");
        table.setPlaceholder(new Label(viewModel.emptyMessage()));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(SettingRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(BUILT_IN, !empty && row != null && row.origin() == SettingRow.Origin.DEFAULT);
            }
        });
        table.setItems(viewModel.rows());
    }

    @FXML
    private void close() {
        table.getScene().getWindow().hide();
    }
}
