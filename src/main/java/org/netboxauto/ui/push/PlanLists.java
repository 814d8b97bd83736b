package org.netboxauto.ui.push;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.netboxauto.core.push.PlanProblem;

/** Under the plan: what it leaves out and why, and what it could remove if the admin picks it. */
final class PlanLists {

    private static final double LIST_HEIGHT = 132;

    private PlanLists() {
    }

    static Node problems(PushViewModel model) {
        Label heading = new Label();
        heading.getStyleClass().add("push-section-title");
        heading.setGraphic(new FontIcon("mdi2a-alert-outline"));
        heading.textProperty().bind(Bindings.createStringBinding(() -> {
            long blocking = model.problems().stream().filter(PlanProblem::blocking).count();
            return "Left out  ·  " + PushTexts.plural(model.problems().size(), "problem", "problems")
                    + (blocking > 0 ? ", " + blocking + " not pushed" : "");
        }, model.problems()));
        ListView<PlanProblem> list = new ListView<>(model.problems());
        list.getStyleClass().add("push-list");
        list.setPrefHeight(LIST_HEIGHT);
        list.setMinHeight(72);
        list.setCellFactory(l -> {
            ProblemCell cell = new ProblemCell();
            // no wider than the list, so that long messages wrap instead of scrolling sideways
            cell.setPrefWidth(0);
            return cell;
        });
        VBox card = new VBox(6, heading, list);
        card.getStyleClass().addAll("card", "push-section");
        card.visibleProperty().bind(Bindings.isNotEmpty(model.problems()));
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }

    static Node hosts(PushViewModel model) {
        Label heading = new Label();
        heading.getStyleClass().add("push-section-title");
        heading.setGraphic(new FontIcon("mdi2l-lan"));
        heading.textProperty().bind(Bindings.size(model.hosts()).asString(
                "Hosts  ·  %d with changes; untick one to leave it out of the push"));
        ListView<HostRow> list = new ListView<>(model.hosts());
        list.getStyleClass().addAll("push-list", "push-hosts");
        list.setPrefHeight(LIST_HEIGHT);
        list.setMinHeight(72);
        list.setCellFactory(l -> new HostCell());
        Button again = new Button("Preview a_gain", new FontIcon("mdi2r-refresh"));
        again.setMnemonicParsing(true);
        again.disableProperty().bind(model.runningProperty()
                .or(model.stepProperty().isNotEqualTo(PushStep.PREVIEW)));
        again.setOnAction(e -> model.preview());
        Label hint = new Label("A host left out stays approved and keeps its DNS records.");
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(8, hint, gap, again);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox card = new VBox(6, heading, list, row);
        card.getStyleClass().addAll("card", "push-section");
        card.visibleProperty().bind(Bindings.isNotEmpty(model.hosts())
                .and(model.stepProperty().isEqualTo(PushStep.PREVIEW)));
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }

    static Node removable(PushViewModel model) {
        Label heading = new Label();
        heading.getStyleClass().add("push-section-title");
        heading.setGraphic(new FontIcon("mdi2d-delete-outline"));
        heading.textProperty().bind(Bindings.size(model.removable()).asString(
                "Removable  ·  %d tagged netbox-auto, matched by no approved host"));
        ListView<RemovalRow> list = new ListView<>(model.removable());
        list.getStyleClass().add("push-list");
        list.setPrefHeight(LIST_HEIGHT);
        list.setMinHeight(72);
        list.setCellFactory(l -> new RemovalCell());
        Label hint = new Label("Check what should go, then preview again: the plan then deletes it.");
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        Button again = new Button("Preview a_gain", new FontIcon("mdi2r-refresh"));
        again.setMnemonicParsing(true);
        again.disableProperty().bind(model.runningProperty()
                .or(model.stepProperty().isNotEqualTo(PushStep.PREVIEW)));
        again.setOnAction(e -> model.preview());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(8, hint, gap, again);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox card = new VBox(6, heading, list, row);
        card.getStyleClass().addAll("card", "push-section");
        // picking removals belongs to the preview; while applying or after, the plan is fixed
        card.visibleProperty().bind(Bindings.isNotEmpty(model.removable())
                .and(model.stepProperty().isEqualTo(PushStep.PREVIEW)));
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }

    private static final class ProblemCell extends LineCell<PlanProblem> {
        @Override
        Node line(PlanProblem item) {
            Label text = text(item.message());
            text.setWrapText(true);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox line = new HBox(8, item.blocking() ? badge("not pushed", "push-badge-blocking")
                    : badge("rest pushed", "push-badge-partial"), subject(item.subject()), text);
            line.setAlignment(javafx.geometry.Pos.TOP_LEFT);
            return line;
        }

        @Override
        String tip(PlanProblem item) {
            return item.subject() + ": " + item.message();
        }
    }

    private static final class HostCell extends ListCell<HostRow> {
        private final CheckBox box = new CheckBox();
        private HostRow bound;

        @Override
        protected void updateItem(HostRow item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound.includedProperty());
                bound = null;
            }
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            bound = item;
            box.setText(item.title());
            box.selectedProperty().bindBidirectional(item.includedProperty());
            setGraphic(box);
        }
    }

    private static final class RemovalCell extends ListCell<RemovalRow> {
        private final CheckBox box = new CheckBox();
        private RemovalRow bound;

        @Override
        protected void updateItem(RemovalRow item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound.pickedProperty());
                bound = null;
            }
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            bound = item;
            box.setText(item.label());
            box.selectedProperty().bindBidirectional(item.pickedProperty());
            setGraphic(box);
            setTooltip(new Tooltip(item.candidate().webUrl()));
        }
    }
}
