package org.netboxauto.ui.diff;

import java.util.Locale;
import java.util.function.BiFunction;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.netboxauto.core.compare.Comparison;
import org.netboxauto.core.compare.DiffField;
import org.netboxauto.core.compare.Outcome;

/** The side-by-side table: discovered columns on the left, NetBox columns on the right, differing cells marked. */
final class DiffTable {

    static final String CHANGED = "diff-changed";

    private DiffTable() {
    }

    static TableView<Comparison> create(DiffViewModel model) {
        TableView<Comparison> table = new TableView<>(model.shownRows());
        table.getStyleClass().add("diff-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(28);
        table.setPlaceholder(new javafx.scene.control.Label("No rows: press Refresh, or choose another filter."));
        TableColumn<Comparison, String> outcome = text("Outcome", (c, f) -> label(c.outcome()), null);
        outcome.setPrefWidth(120);
        TableColumn<Comparison, String> discovered = new TableColumn<>("Discovered");
        discovered.getColumns().add(text("Name", DiffCells::discovered, DiffField.NAME));
        discovered.getColumns().add(wide(text("MACs", DiffCells::discovered, DiffField.MACS)));
        discovered.getColumns().add(text("IPs", DiffCells::discovered, DiffField.IPS));
        discovered.getColumns().add(text("Switch port", DiffCells::discovered, DiffField.SWITCH_PORT));
        discovered.getColumns().add(text("Status", DiffCells::discovered, DiffField.STATUS));
        TableColumn<Comparison, String> netbox = new TableColumn<>("NetBox");
        netbox.getColumns().add(wide(text("Object", DiffCells::netbox, DiffField.NAME)));
        netbox.getColumns().add(wide(text("MACs", DiffCells::netbox, DiffField.MACS)));
        netbox.getColumns().add(text("IPs", DiffCells::netbox, DiffField.IPS));
        netbox.getColumns().add(text("Interface", DiffCells::netbox, DiffField.INTERFACE));
        netbox.getColumns().add(text("Cabled to", DiffCells::netbox, DiffField.SWITCH_PORT));
        netbox.getColumns().add(text("Status", DiffCells::netbox, DiffField.STATUS));
        netbox.getStyleClass().add("diff-netbox");
        table.getColumns().add(outcome);
        table.getColumns().add(discovered);
        table.getColumns().add(netbox);
        table.getColumns().add(openColumn(model));
        table.setRowFactory(t -> {
            TableRow<Comparison> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        return table;
    }

    private static TableColumn<Comparison, String> text(String title,
            BiFunction<Comparison, DiffField, String> value, DiffField field) {
        TableColumn<Comparison, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue(), field)));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                Comparison row = empty ? null : getTableRow().getItem();
                setText(empty ? null : item);
                boolean changed = row != null && field != null && (row.differingFields().contains(field)
                        || field == DiffField.NAME && row.differingFields().contains(DiffField.KIND));
                getStyleClass().removeIf(c -> c.equals(CHANGED) || c.startsWith("outcome-"));
                if (changed) {
                    getStyleClass().add(CHANGED);
                }
                if (row != null && title.equals("Outcome")) {
                    getStyleClass().add(styleClass(row.outcome()));
                }
                setTooltip(row != null && row.reason().isPresent() ? new Tooltip(row.reason().get())
                        : item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        return column;
    }

    private static TableColumn<Comparison, String> wide(TableColumn<Comparison, String> column) {
        column.setPrefWidth(140);
        return column;
    }

    private static TableColumn<Comparison, String> openColumn(DiffViewModel model) {
        TableColumn<Comparison, String> column = new TableColumn<>("");
        column.setPrefWidth(44);
        column.setMaxWidth(44);
        column.setCellFactory(col -> new TableCell<>() {
            private final Button open = new Button("", new FontIcon("mdi2o-open-in-new"));

            {
                open.getStyleClass().add("diff-open");
                open.setTooltip(new Tooltip("Open in NetBox"));
                open.setOnAction(e -> model.open(getTableRow().getItem()));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                Comparison row = empty ? null : getTableRow().getItem();
                setGraphic(row != null && DiffCells.url(row).isPresent() ? open : null);
            }
        });
        return column;
    }

    static String label(Outcome o) {
        return switch (o) {
            case SAME -> "Same";
            case DIFFERENT -> "Different";
            case ONLY_DISCOVERED -> "Only discovered";
            case ONLY_NETBOX -> "Only in NetBox";
            case AMBIGUOUS -> "Ambiguous";
        };
    }

    static String styleClass(Outcome o) {
        return "outcome-" + o.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
