package org.netboxauto.ui.push;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.netboxauto.ui.review.FilterChoices;

/** Step 1: how many approved hosts there are, the filter that picks some, and Preview. */
final class ScopeStep {

    private ScopeStep() {
    }

    static Node create(PushViewModel model) {
        PushScope scope = model.scope();
        Label title = new Label("Choose the hosts to push");
        title.getStyleClass().add("push-title");
        Label intro = new Label();
        intro.setWrapText(true);
        intro.getStyleClass().add("push-intro");
        intro.textProperty().bind(Bindings.createStringBinding(() -> !scope.loadedProperty().get()
                ? "Reading the approved hosts…"
                : scope.approvedProperty().get() == 0
                ? "No approved hosts yet: approve hosts on the Review tab first. A preview still lists what"
                        + " netbox-auto put in NetBox earlier that could now be removed."
                : PushTexts.plural(scope.approvedProperty().get(), "approved host", "approved hosts")
                        + ". Only approved hosts are pushed; approve more on the Review tab.",
                scope.loadedProperty(), scope.approvedProperty()));

        TextField search = new TextField();
        search.setPromptText("Filter by MAC, IP or name");
        search.setPrefColumnCount(20);
        search.textProperty().bindBidirectional(scope.textProperty());
        ComboBox<String> kind = new ComboBox<>();
        kind.setPrefWidth(130);
        FilterChoices.bind(kind, scope.kinds(), scope.kindProperty(), "Any kind", s -> s);
        ComboBox<String> source = new ComboBox<>();
        source.setPrefWidth(180);
        FilterChoices.bind(source, scope.sources(), scope.sourceProperty(), "Any source", s -> s);
        TextField subnet = new TextField();
        subnet.setPromptText("Subnet, e.g. 10.0.0.0/24");
        subnet.setPrefColumnCount(13);
        subnet.getStyleClass().add("mono");
        subnet.textProperty().bindBidirectional(scope.subnetProperty());
        Button clear = new Button("", new FontIcon("mdi2f-filter-remove-outline"));
        clear.getStyleClass().add("icon-button");
        clear.setTooltip(new Tooltip("Clear the filter"));
        clear.setOnAction(e -> scope.clear());
        HBox filter = new HBox(8, search, kind, source, subnet, clear);
        filter.setAlignment(Pos.CENTER_LEFT);
        filter.getStyleClass().add("push-filter");

        Label matching = new Label();
        matching.getStyleClass().add("push-matching");
        matching.textProperty().bind(Bindings.createStringBinding(() -> !scope.errorProperty().get().isEmpty()
                ? scope.errorProperty().get()
                : scope.matchingProperty().get() + " of " + scope.approvedProperty().get()
                        + " approved hosts match the filter", scope.errorProperty(), scope.matchingProperty(),
                scope.approvedProperty()));
        matching.visibleProperty().bind(scope.loadedProperty());
        scope.errorProperty().addListener((obs, old, now) ->
                matching.pseudoClassStateChanged(PushView.FAILED, !now.isEmpty()));

        Label notice = PushView.notice(scope.noticeProperty());

        Button preview = new Button("_Preview", new FontIcon("mdi2e-eye-outline"));
        preview.setMnemonicParsing(true);
        preview.getStyleClass().add("push-primary");
        preview.defaultButtonProperty().bind(model.stepProperty().isEqualTo(PushStep.SCOPE));
        preview.disableProperty().bind(model.runningProperty().or(scope.errorProperty().isNotEmpty()));
        preview.setOnAction(e -> model.preview());
        ProgressBar progress = new ProgressBar();
        progress.getStyleClass().add("run-progress");
        progress.setPrefWidth(180);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label message = new Label();
        message.getStyleClass().add("muted");
        message.textProperty().bind(model.messageProperty());
        HBox footer = new HBox(12, preview, progress, message);
        footer.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label("Preview reads NetBox and plans every change with its before and after. Nothing is"
                + " written until you apply the plan.");
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");

        Label last = new Label();
        last.getStyleClass().add("muted");
        last.setGraphic(new FontIcon("mdi2h-history"));
        last.textProperty().bind(scope.lastPushProperty());
        last.visibleProperty().bind(last.textProperty().isNotEmpty());
        last.managedProperty().bind(last.visibleProperty());

        VBox card = new VBox(14, title, intro, filter, matching, notice, footer, hint, last);
        card.getStyleClass().addAll("card", "push-card");
        card.setMaxWidth(980);
        VBox page = new VBox(card);
        page.getStyleClass().add("push-scope");
        VBox.setVgrow(card, Priority.NEVER);
        return page;
    }
}
