package org.netboxauto.ui.about;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/** Shows the {@link AboutViewModel}. */
public final class AboutController {

    private final AboutViewModel viewModel;

    @FXML
    private Label name;
    @FXML
    private Label version;
    @FXML
    private GridPane facts;

    public AboutController(AboutViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        name.setText(viewModel.name());
        version.setText("Version " + viewModel.version());
        fact("Java", viewModel.java());
        fact("JavaFX", viewModel.javafx());
        fact("Licence", viewModel.licence());
        fact("Data", viewModel.data());
        fact("Config", viewModel.config());
    }

    private void fact(String label, String value) {
        Label key = new Label(label);
        key.getStyleClass().add("fact-label");
        Label text = new Label(value);
        text.getStyleClass().add("fact-value");
        text.setWrapText(true);
        facts.addRow(facts.getRowCount(), key, text);
    }

    @FXML
    private void close() {
        name.getScene().getWindow().hide();
    }
}
