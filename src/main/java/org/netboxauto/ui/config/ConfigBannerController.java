package org.netboxauto.ui.config;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;

/** Shows the {@link ConfigBannerViewModel}: colour and icon by kind, the lists, the buttons. */
public final class ConfigBannerController {

    private static final List<String> KIND_STYLES = List.of("banner-problems", "banner-warnings", "banner-notice");

    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    private final ConfigBannerViewModel viewModel;

    @FXML
    private VBox banner;
    @FXML
    private FontIcon icon;
    @FXML
    private Label title;
    @FXML
    private Button writeStarter;
    @FXML
    private Button reloadConfig;
    @FXML
    private Button dismiss;
    @FXML
    private VBox problems;
    @FXML
    private VBox searchedBox;
    @FXML
    private VBox searched;
    @FXML
    private Label outcome;

    public ConfigBannerController(ConfigBannerViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        title.textProperty().bind(viewModel.titleProperty());
        outcome.textProperty().bind(viewModel.outcomeProperty());
        showWhen(outcome, viewModel.outcomeProperty().isNotEmpty());
        showWhen(searchedBox, Bindings.isNotEmpty(viewModel.searched()));
        showWhen(problems, Bindings.isNotEmpty(viewModel.problems()));
        showWhen(writeStarter, viewModel.kindProperty().isEqualTo(BannerKind.PROBLEMS));
        showWhen(reloadConfig, viewModel.kindProperty().isEqualTo(BannerKind.PROBLEMS)
                .and(viewModel.fileMissingProperty().not()));
        showWhen(dismiss, viewModel.kindProperty().isNotEqualTo(BannerKind.PROBLEMS));
        writeStarter.disableProperty().bind(viewModel.writingProperty());
        viewModel.outcomeFailedProperty().addListener((obs, old, failed) -> outcome.pseudoClassStateChanged(
                FAILED, failed));
        mirror(viewModel.problems(), problems, "banner-problem");
        mirror(viewModel.searched(), searched, "banner-path");
        viewModel.kindProperty().addListener((obs, old, kind) -> showKind(kind));
        showKind(viewModel.kindProperty().get());
    }

    @FXML
    private void writeStarterConfig() {
        viewModel.writeStarterConfig();
    }

    @FXML
    private void reloadConfig() {
        viewModel.reload();
    }

    @FXML
    private void dismiss() {
        viewModel.dismiss();
    }

    private void showKind(BannerKind kind) {
        banner.setVisible(kind != BannerKind.NONE);
        banner.setManaged(banner.isVisible());
        banner.getStyleClass().removeAll(KIND_STYLES);
        switch (kind) {
            case PROBLEMS -> style("banner-problems", MaterialDesignA.ALERT_CIRCLE_OUTLINE);
            case WARNINGS -> style("banner-warnings", MaterialDesignA.ALERT_OUTLINE);
            case NOTICE -> style("banner-notice", MaterialDesignC.CHECK_CIRCLE_OUTLINE);
            case NONE -> style("banner-notice", MaterialDesignI.INFORMATION_OUTLINE);
        }
    }

    private void style(String styleClass, Ikon ikon) {
        banner.getStyleClass().add(styleClass);
        icon.setIconCode(ikon);
    }

    private static void mirror(ObservableList<String> lines, VBox box, String styleClass) {
        Runnable fill = () -> box.getChildren().setAll(lines.stream().map(line -> line(line, styleClass)).toList());
        lines.addListener((ListChangeListener<String>) change -> fill.run());
        fill.run();
    }

    private static Node line(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(styleClass);
        return label;
    }

    private static void showWhen(Node node, BooleanBinding condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
