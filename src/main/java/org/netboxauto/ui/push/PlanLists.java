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
        return pickCard(model, model.hosts(), "mdi2l-lan", "Hosts  ·  %d with changes; untick one to leave it out"
                + " of the push", "A host left out stays approved and keeps its DNS records.", "push-hosts",
                () -> new CheckCell<>(HostRow::title, HostRow::includedProperty, r -> r.mac().toString()));
    }

    static Node removable(PushViewModel model) {
        return pickCard(model, model.removable(), "mdi2d-delete-outline", "Removable  ·  %d tagged netbox-auto,"
                + " matched by no approved host", "Check what should go, then preview again: the plan then deletes it.",
                "push-removable", () -> new CheckCell<>(RemovalRow::label, RemovalRow::pickedProperty,
                        r -> r.candidate().webUrl()));
    }

    static Node orphans(PushViewModel model) {
        return pickCard(model, model.orphans(), "mdi2c-clock-alert-outline", "Gone for long  ·  %d tagged"
                + " netbox-auto", "Only ticked ones are planned, at the next preview.", "push-orphans",
                () -> new CheckCell<>(OrphanRow::label, OrphanRow::pickedProperty, r -> r.proposal().webUrl()));
    }

    /** A list of things to tick for the next preview, and the button that previews again. */
    private static <T> Node pickCard(PushViewModel model, javafx.collections.ObservableList<T> items, String icon,
                                     String title, String hintText, String style,
                                     java.util.function.Supplier<ListCell<T>> cells) {
        Label heading = new Label();
        heading.getStyleClass().add("push-section-title");
        heading.setGraphic(new FontIcon(icon));
        heading.textProperty().bind(Bindings.size(items).asString(title));
        ListView<T> list = new ListView<>(items);
        list.getStyleClass().addAll("push-list", style);
        list.setPrefHeight(LIST_HEIGHT);
        list.setMinHeight(72);
        list.setCellFactory(l -> cells.get());
        Label hint = new Label(hintText);
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
        // picking belongs to the preview; while applying or after, the plan is fixed
        card.visibleProperty().bind(Bindings.isNotEmpty(items).and(model.stepProperty().isEqualTo(PushStep.PREVIEW)));
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

    /** A check box bound to the row's property, its text, and a tooltip. */
    private static final class CheckCell<T> extends ListCell<T> {
        private final CheckBox box = new CheckBox();
        private final java.util.function.Function<T, String> text;
        private final java.util.function.Function<T, javafx.beans.property.BooleanProperty> ticked;
        private final java.util.function.Function<T, String> tip;
        private T bound;

        CheckCell(java.util.function.Function<T, String> text,
                  java.util.function.Function<T, javafx.beans.property.BooleanProperty> ticked,
                  java.util.function.Function<T, String> tip) {
            this.text = text;
            this.ticked = ticked;
            this.tip = tip;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(ticked.apply(bound));
                bound = null;
            }
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            bound = item;
            box.setText(text.apply(item));
            box.selectedProperty().bindBidirectional(ticked.apply(item));
            setGraphic(box);
            setTooltip(new Tooltip(tip.apply(item)));
        }
    }
}
