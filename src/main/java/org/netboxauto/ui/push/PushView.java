package org.netboxauto.ui.push;

import java.util.Map;
import javafx.application.Platform;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Push tab's wizard: the steps across the top, an error line when something failed, the current page. */
final class PushView {

    static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    private PushView() {
    }

    static Parent create(PushViewModel model) {
        Label error = new Label();
        error.getStyleClass().add("push-error-text");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        FontIcon icon = new FontIcon("mdi2a-alert-circle");
        icon.getStyleClass().add("push-error-icon");
        HBox errorBar = new HBox(10, icon, error);
        errorBar.getStyleClass().add("push-error");
        errorBar.setAlignment(Pos.CENTER_LEFT);
        errorBar.visibleProperty().bind(model.errorProperty().isNotEmpty());
        errorBar.managedProperty().bind(errorBar.visibleProperty());
        VBox top = new VBox(10, Stepper.create(model), errorBar);
        top.getStyleClass().add("push-top");

        Map<PushStep, Node> pages = Map.of(PushStep.SCOPE, ScopeStep.create(model),
                PushStep.PREVIEW, PlanStep.create(model), PushStep.SUMMARY, SummaryStep.create(model));
        StackPane center = new StackPane();
        Runnable show = () -> {
            PushStep step = model.stepProperty().get();
            Node page = pages.get(step == PushStep.APPLY ? PushStep.PREVIEW : step);
            center.getChildren().setAll(page);
            focusPrimary(page);
        };
        model.stepProperty().addListener((obs, old, now) -> show.run());
        model.applyEndedProperty().addListener((obs, old, now) -> focusPrimary(center.getChildren().getFirst()));
        // the step's button is disabled while NetBox is read; it takes the keyboard once it can be pressed
        model.runningProperty().addListener((obs, was, now) -> {
            if (!now) {
                focusPrimary(center.getChildren().getFirst());
            }
        });
        show.run();
        BorderPane root = new BorderPane(center);
        root.setTop(top);
        root.getStyleClass().addAll("tab-page", "push-page");
        return root;
    }

    /**
     * Puts the keyboard on the step's primary button, so that Enter goes on: a table or list that
     * took the focus would keep Enter from reaching the default button.
     */
    private static void focusPrimary(Node page) {
        Platform.runLater(() -> page.lookupAll(".button").stream()
                .filter(n -> n instanceof Button b && b.isDefaultButton() && b.isVisible() && !b.isDisabled())
                .findFirst().ifPresent(Node::requestFocus));
    }

    /** A one-line warning that shows only while it has something to say. */
    static Label notice(ObservableStringValue text) {
        Label notice = new Label();
        notice.getStyleClass().add("push-notice");
        notice.setWrapText(true);
        notice.setGraphic(new FontIcon("mdi2i-information-outline"));
        notice.textProperty().bind(text);
        notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        return notice;
    }
}
