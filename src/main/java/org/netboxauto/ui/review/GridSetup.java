package org.netboxauto.ui.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import org.netboxauto.core.MacAddress;

/** Builds the grid: virtualized rows, sorting on precomputed keys, keys and menus, and the remembered columns. */
final class GridSetup {

    private GridSetup() {
    }

    static void table(TableView<HostRow> table, ReviewViewModel model, ReviewColumns columns, ReviewActions actions) {
        table.getStyleClass().add("review-grid");
        table.getColumns().setAll(columns.columns());
        table.setItems(model.rows());
        model.aroundReplace(replace -> keepSelection(table, replace));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No host matches the filter."));
        table.setFixedCellSize(30);
        // the SortedList sorts with comparators on precomputed keys; the table only says which columns
        table.setSortPolicy(t -> true);
        model.orderProperty().bind(Bindings.createObjectBinding(
                () -> columns.comparator(table.getSortOrder()), table.comparatorProperty()));
        model.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        RevealedHost.attach(table, model);
        table.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, actions::gridKeys);
        table.setContextMenu(actions.contextMenu());
        model.columnsProperty().addListener((obs, old, layout) -> apply(table, layout));
        apply(table, model.columnsProperty().get());
        Runnable report = () -> model.columnsChanged(layout(table));
        table.getColumns().addListener((ListChangeListener<TableColumn<HostRow, ?>>) c -> report.run());
        for (TableColumn<HostRow, ?> column : table.getColumns()) {
            column.visibleProperty().addListener((obs, old, now) -> report.run());
            column.widthProperty().addListener((obs, old, now) -> report.run());
        }
    }

    /**
     * Selects the same hosts, keeps the focused one and the top row in view, after the shown rows were replaced;
     * hosts are matched by MAC, as a reload from the store brings new row objects.
     */
    private static void keepSelection(TableView<HostRow> table, Runnable replace) {
        List<MacAddress> selected = table.getSelectionModel().getSelectedItems().stream().map(HostRow::mac).toList();
        HostRow focused = table.getFocusModel().getFocusedItem();
        Optional<MacAddress> top = topRow(table).map(HostRow::mac);
        replace.run();
        Map<MacAddress, Integer> index = new HashMap<>();
        List<HostRow> items = table.getItems();
        for (int i = 0; i < items.size(); i++) {
            index.put(items.get(i).mac(), i);
        }
        top.map(index::get).ifPresent(table::scrollTo);
        if (selected.isEmpty()) {
            return;
        }
        int[] rows = selected.stream().map(index::get).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue)
                .toArray();
        table.getSelectionModel().clearSelection();
        if (rows.length > 0) {
            table.getSelectionModel().selectIndices(rows[0], java.util.Arrays.copyOfRange(rows, 1, rows.length));
        }
        Integer focus = focused == null ? null : index.get(focused.mac());
        if (focus != null) {
            table.getFocusModel().focus(focus);
        }
    }

    private static Optional<HostRow> topRow(TableView<HostRow> table) {
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getFirstVisibleCell() != null) {
            int first = flow.getFirstVisibleCell().getIndex();
            if (first >= 0 && first < table.getItems().size()) {
                return Optional.of(table.getItems().get(first));
            }
        }
        return Optional.empty();
    }

    /** A check item per column; the state column cannot be hidden. */
    static void columnChooser(MenuButton button, TableView<HostRow> table, ReviewViewModel model) {
        for (TableColumn<HostRow, ?> column : table.getColumns()) {
            CheckMenuItem item = new CheckMenuItem(String.valueOf(column.getUserData()));
            item.setId("column-" + column.getId());
            item.selectedProperty().bindBidirectional(column.visibleProperty());
            item.setDisable("state".equals(column.getId()));
            button.getItems().add(item);
        }
    }

    private static void apply(TableView<HostRow> table, List<ColumnLayout> layout) {
        if (layout == null || layout.isEmpty()) {
            return;
        }
        Map<String, TableColumn<HostRow, ?>> byId = new LinkedHashMap<>();
        table.getColumns().forEach(c -> byId.put(c.getId(), c));
        List<TableColumn<HostRow, ?>> ordered = new ArrayList<>();
        for (ColumnLayout saved : layout) {
            TableColumn<HostRow, ?> column = byId.remove(saved.id());
            if (column != null) {
                column.setVisible(saved.visible() || "state".equals(saved.id()));
                if (saved.width() > 0) {
                    column.setPrefWidth(saved.width());
                }
                ordered.add(column);
            }
        }
        ordered.addAll(byId.values());
        table.getColumns().setAll(ordered);
    }

    private static List<ColumnLayout> layout(TableView<HostRow> table) {
        return table.getColumns().stream().map(c -> new ColumnLayout(c.getId(), c.isVisible(), c.getWidth())).toList();
    }
}
