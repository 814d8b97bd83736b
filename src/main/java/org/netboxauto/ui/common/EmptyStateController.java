package org.netboxauto.ui.common;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** Fills the shared empty-state view from an {@link EmptyStateViewModel}. */
public final class EmptyStateController {

    @FXML
    private FontIcon icon;
    @FXML
    private Label title;
    @FXML
    private Label summary;
    @FXML
    private FlowPane highlights;
    @FXML
    private VBox setupRows;
    @FXML
    private Label setupNote;
    @FXML
    private VBox commands;

    public void bind(EmptyStateViewModel viewModel) {
        EmptyState content = viewModel.content();
        icon.setIconCode(content.icon());
        title.setText(content.title());
        summary.setText(content.summary());
        content.highlights().forEach(text -> highlights.getChildren().add(highlight(text)));
        setupNote.setText(content.setupNote());
        setupNote.setVisible(!content.setupNote().isEmpty());
        setupNote.setManaged(setupNote.isVisible());
        content.commands().forEach(command -> commands.getChildren().add(new CommandRow(command)));
        showSetup(viewModel);
        viewModel.setup().addListener((ListChangeListener<SetupItem>) change -> showSetup(viewModel));
    }

    private void showSetup(EmptyStateViewModel viewModel) {
        setupRows.getChildren().setAll(viewModel.setup().stream().map(SetupRow::new).toList());
    }

    private static Label highlight(String text) {
        Label label = new Label(text, new FontIcon(MaterialDesignC.CHECK));
        label.getStyleClass().add("highlight-chip");
        return label;
    }
}
