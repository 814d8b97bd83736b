package org.netboxauto.ui.status;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;

/** Shows the {@link StatusBarViewModel}; a store error turns the bar into a warning. */
public final class StatusBarController {

    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    private final StatusBarViewModel viewModel;

    @FXML
    private HBox bar;
    @FXML
    private Label store;
    @FXML
    private FontIcon storeIcon;
    @FXML
    private Label configFile;
    @FXML
    private Separator lastRunSeparator;
    @FXML
    private Label lastRun;
    @FXML
    private Label hosts;

    public StatusBarController(StatusBarViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        var failed = viewModel.failedProperty();
        store.textProperty().bind(Bindings.when(failed)
                .then(viewModel.problemProperty()).otherwise(viewModel.storeProperty()));
        store.tooltipProperty().bind(Bindings.createObjectBinding(
                () -> new Tooltip(store.getText()), store.textProperty()));
        configFile.textProperty().bind(viewModel.configFileProperty());
        configFile.tooltipProperty().bind(Bindings.createObjectBinding(
                () -> new Tooltip(configFile.getText()), configFile.textProperty()));
        lastRun.textProperty().bind(viewModel.lastRunProperty());
        lastRun.visibleProperty().bind(viewModel.lastRunProperty().isNotEmpty());
        lastRun.managedProperty().bind(lastRun.visibleProperty());
        lastRunSeparator.visibleProperty().bind(lastRun.visibleProperty());
        lastRunSeparator.managedProperty().bind(lastRun.visibleProperty());
        hosts.textProperty().bind(viewModel.hostsProperty());
        failed.addListener((obs, old, isFailed) -> showFailed(isFailed));
        showFailed(failed.get());
    }

    private void showFailed(boolean isFailed) {
        bar.pseudoClassStateChanged(FAILED, isFailed);
        storeIcon.setIconCode(isFailed ? MaterialDesignA.ALERT_OUTLINE : MaterialDesignD.DATABASE_OUTLINE);
    }
}
