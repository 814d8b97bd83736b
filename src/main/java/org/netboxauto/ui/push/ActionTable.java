package org.netboxauto.ui.push;

import java.util.List;
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
        TableView<ActionRow> table = table(model.actions(), "NetBox already matches the approved hosts.");
        table.getStyleClass().add("push-actions");
        BooleanBinding sent = sent(model);
        TableColumn<ActionRow, Number> number = new TableColumn<>("#");
        number.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().number()));
        number.setPrefWidth(48);
        number.setMaxWidth(64);
        number.getStyleClass().add("push-number");
        TableColumn<ActionRow, String> stage = text("Stage", r -> PushTexts.stage(r.action().stage()), 110);
        stage.setMinWidth(116);
        stage.setMaxWidth(140);
        TableColumn<ActionRow, String> verb = text("Action", r -> PushTexts.verb(r.action().verb()), 70);
        verb.setMaxWidth(90);
        verb.setCellFactory(c -> new VerbCell<>());
        TableColumn<ActionRow, String> object = text("Object", r -> r.action().label(), 280);
        object.setMaxWidth(380);
        object.setCellFactory(c -> new TipCell<>(r -> r.action().label()));
        TableColumn<ActionRow, String> changes = text("Changes (before → after)", ActionRow::changes, 420);
        changes.setCellFactory(c -> new TipCell<>(r -> String.join("\n", r.fields())));
        TableColumn<ActionRow, String> host = text("Host", ActionRow::host, 220);
        host.setMaxWidth(320);
        host.setCellFactory(c -> new TipCell<>(ActionRow::host));
        host.visibleProperty().bind(model.groupByHostProperty());
        stage.visibleProperty().bind(model.groupByHostProperty().not());
        table.getColumns().setAll(List.of(number, state(sent, ActionRow::shownProperty), host, stage, verb, object,
                changes, answer("NetBox's answer", sent, ActionRow::messageProperty)));
        return table;
    }

    static <R> TableView<R> table(javafx.collections.ObservableList<R> rows, String empty) {
        TableView<R> table = new TableView<>(rows);
        table.getStyleClass().add("push-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(28);
        table.setPlaceholder(new Label(empty));
        return table;
    }

    /** Once the push runs, the state and answer columns show: before it they would say nothing. */
    static BooleanBinding sent(PushViewModel model) {
        return model.stepProperty().isNotEqualTo(PushStep.PREVIEW);
    }

    static <R> TableColumn<R, ActionRow.Shown> state(BooleanBinding sent,
            Function<R, javafx.beans.value.ObservableValue<ActionRow.Shown>> value) {
        TableColumn<R, ActionRow.Shown> state = new TableColumn<>("State");
        state.setCellValueFactory(c -> value.apply(c.getValue()));
        state.setCellFactory(c -> new StateCell<>());
        org.netboxauto.ui.common.TableExport.text(state, r -> {
            ActionRow.Shown shown = value.apply(r).getValue();
            return shown == null ? "" : PushTexts.shown(shown);
        });
        state.setPrefWidth(96);
        state.setMaxWidth(120);
        state.visibleProperty().bind(sent);
        return state;
    }

    static <R> TableColumn<R, String> answer(String title, BooleanBinding sent,
            Function<R, javafx.beans.value.ObservableValue<String>> value) {
        TableColumn<R, String> answer = new TableColumn<>(title);
        answer.setCellValueFactory(c -> value.apply(c.getValue()));
        answer.setCellFactory(c -> new TipCell<>(r -> value.apply(r).getValue()));
        answer.setPrefWidth(300);
        answer.visibleProperty().bind(sent);
        return answer;
    }

    static <R> TableColumn<R, String> text(String title, Function<R, String> value, double width) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** Shows the full text on hover: a long change list one field per line. */
    static final class TipCell<R> extends TableCell<R, String> {
        private final Function<R, String> tip;

        TipCell(Function<R, String> tip) {
            this.tip = tip;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            R row = empty || getTableRow() == null ? null : getTableRow().getItem();
            setText(empty ? null : item);
            String full = row == null ? "" : tip.apply(row);
            setTooltip(full == null || full.isEmpty() ? null : new Tooltip(full));
        }
    }

    /** create, update, delete, find, and DNS's add, change, remove, each in its colour. */
    static final class VerbCell<R> extends TableCell<R, String> {
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
    static final class StateCell<R> extends TableCell<R, ActionRow.Shown> {
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
