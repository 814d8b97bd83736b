package org.netboxauto.ui.push;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/** The plan as a table, one row per action in the order it is sent; state and NetBox's answer fill in as it goes. */
final class ActionTable {

    private ActionTable() {
    }

    static TableView<ActionRow> create(PushViewModel model) {
        TableView<ActionRow> table = new TableView<>(model.actions());
        table.getStyleClass().add("push-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(28);
        table.setPlaceholder(new Label(PushTexts.NOTHING_TO_PUSH));
        BooleanBinding sent = model.stepProperty().isNotEqualTo(PushStep.PREVIEW);

        TableColumn<ActionRow, Number> number = new TableColumn<>("#");
        number.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().number()));
        number.setPrefWidth(48);
        number.setMaxWidth(64);
        number.getStyleClass().add("push-number");
        TableColumn<ActionRow, ActionRow.Shown> state = new TableColumn<>("State");
        state.setCellValueFactory(c -> c.getValue().shownProperty());
        state.setCellFactory(c -> new StateCell());
        state.setPrefWidth(96);
        state.setMaxWidth(120);
        state.visibleProperty().bind(sent);
        TableColumn<ActionRow, String> stage = text("Stage", r -> PushTexts.stage(r.action().stage()), 110);
        stage.setMinWidth(116);
        stage.setMaxWidth(140);
        TableColumn<ActionRow, String> verb = text("Action", r -> PushTexts.verb(r.action().verb()), 70);
        verb.setMaxWidth(90);
        verb.setCellFactory(c -> new VerbCell());
        TableColumn<ActionRow, String> object = text("Object", r -> r.action().label(), 280);
        object.setMaxWidth(380);
        object.setCellFactory(c -> new TipCell(r -> r.action().label()));
        TableColumn<ActionRow, String> changes = text("Changes (before → after)", ActionRow::changes, 420);
        changes.setCellFactory(c -> new TipCell(r -> String.join("\n", r.fields())));
        TableColumn<ActionRow, String> answer = new TableColumn<>("NetBox's answer");
        answer.setCellValueFactory(c -> c.getValue().messageProperty());
        answer.setCellFactory(c -> new TipCell(ActionRow::message));
        answer.setPrefWidth(300);
        answer.visibleProperty().bind(sent);
        table.getColumns().setAll(java.util.List.of(number, state, stage, verb, object, changes, answer));
        return table;
    }

    private static TableColumn<ActionRow, String> text(String title, Function<ActionRow, String> value, double width) {
        TableColumn<ActionRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** Shows the full text on hover: a long change list one field per line. */
    private static final class TipCell extends TableCell<ActionRow, String> {
        private final Function<ActionRow, String> tip;

        TipCell(Function<ActionRow, String> tip) {
            this.tip = tip;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            ActionRow row = empty ? null : getTableRow().getItem();
            setText(empty ? null : item);
            String full = row == null ? "" : tip.apply(row);
            setTooltip(full.isEmpty() ? null : new Tooltip(full));
        }
    }

    private static final class VerbCell extends TableCell<ActionRow, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            getStyleClass().removeIf(c -> c.startsWith("push-verb-"));
            if (!empty && item != null) {
                getStyleClass().add("push-verb-" + item);
            }
        }
    }

    /** An icon and a word, so colour is never the only sign. */
    private static final class StateCell extends TableCell<ActionRow, ActionRow.Shown> {
        @Override
        protected void updateItem(ActionRow.Shown item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(c -> c.startsWith("push-state-"));
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(PushTexts.shown(item));
            getStyleClass().add("push-state-" + item.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            FontIcon icon = new FontIcon(switch (item) {
                case WAITING -> "mdi2c-clock-outline";
                case OK -> "mdi2c-check-circle";
                case FAILED -> "mdi2a-alert-circle";
                case SKIPPED -> "mdi2s-skip-next-circle-outline";
                case NOT_SENT -> "mdi2c-circle-off-outline";
            });
            icon.getStyleClass().add("push-state-icon");
            setGraphic(icon);
        }
    }
}
