package org.netboxauto.ui.review;

import java.util.List;
import java.util.Optional;
import javafx.collections.ObservableList;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.netboxauto.core.Decision;
import org.netboxauto.core.ReviewState;

/** The decisions the grid offers by key, context menu and toolbar, all applied to the selected rows. */
final class ReviewActions {

    private final ReviewViewModel model;
    private final TableView<HostRow> table;

    ReviewActions(ReviewViewModel model, TableView<HostRow> table) {
        this.model = model;
        this.table = table;
    }

    /** A, R, P, S, E and 1-8 on the grid decide for the selection. */
    void gridKeys(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        List<HostRow> rows = selection();
        KeyCode code = e.getCode();
        boolean handled = true;
        switch (code) {
            case A -> model.decide(rows, new Decision.SetState(ReviewState.APPROVED));
            case R -> model.decide(rows, new Decision.SetState(ReviewState.REJECTED));
            case P -> model.decide(rows, new Decision.SetState(ReviewState.PENDING));
            case S -> model.acceptSuggestions(rows);
            case E -> edit();
            default -> {
                int digit = digit(code);
                handled = digit > 0;
                if (handled) {
                    model.classifyAs(rows, digit);
                }
            }
        }
        if (handled) {
            e.consume();
        }
    }

    /** Ctrl+F goes to the filter anywhere in the tab; Ctrl+Z undoes a decision unless a text field has focus. */
    void shortcuts(KeyEvent e, TextField search) {
        if (!e.isShortcutDown()) {
            if (e.getCode() == KeyCode.ESCAPE && search.isFocused()) {
                table.requestFocus();
                e.consume();
            }
            return;
        }
        if (e.getCode() == KeyCode.F) {
            search.requestFocus();
            search.selectAll();
            e.consume();
        } else if (e.getCode() == KeyCode.Z && !(table.getScene().getFocusOwner() instanceof TextInputControl)) {
            model.undo();
            e.consume();
        }
    }

    void edit() {
        List<HostRow> rows = selection();
        if (rows.isEmpty()) {
            return;
        }
        EditDialog.ask(table.getScene().getWindow(), rows.getFirst().entry().review(), rows.size())
                .ifPresent(edits -> model.edit(rows, edits.override(), edits.note()));
    }

    void makeRule() {
        List<HostRow> rows = selection();
        java.util.Set<org.netboxauto.core.MacAddress> selected = new java.util.HashSet<>();
        rows.forEach(r -> selected.add(r.mac()));
        model.makeRule(rows, (proposal, rules) -> RuleDialog.ask(table.getScene().getWindow(), rows.size(), proposal,
                List.copyOf(model.kinds()), rule -> model.dryRun(rule, rules, selected)));
    }

    ContextMenu contextMenu() {
        Menu classify = new Menu("Classify");
        fillClassifyMenu(classify.getItems());
        model.kinds().addListener((javafx.collections.ListChangeListener<String>) c ->
                fillClassifyMenu(classify.getItems()));
        return new ContextMenu(
                item("Approve\tA", () -> model.decide(selection(), new Decision.SetState(ReviewState.APPROVED))),
                item("Reject\tR", () -> model.decide(selection(), new Decision.SetState(ReviewState.REJECTED))),
                item("Back to pending\tP", () -> model.decide(selection(),
                        new Decision.SetState(ReviewState.PENDING))),
                new SeparatorMenuItem(), classify,
                item("Accept the suggested kind\tS", () -> model.acceptSuggestions(selection())),
                item("Edit name, role, site and note…\tE", this::edit),
                new SeparatorMenuItem(), item("Make a rule from this selection…", this::makeRule),
                new SeparatorMenuItem(), item("Undo\tCtrl+Z", model::undo));
    }

    void fillClassifyMenu(ObservableList<MenuItem> items) {
        items.clear();
        List<String> kinds = model.kinds();
        for (int i = 0; i < kinds.size(); i++) {
            int n = i + 1;
            items.add(item(kinds.get(i) + (n <= 9 ? "\t" + n : ""), () -> model.classifyAs(selection(), n)));
        }
        items.add(new SeparatorMenuItem());
        items.add(item("No kind", () -> model.decide(selection(), new Decision.Classify(Optional.empty()))));
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }

    private List<HostRow> selection() {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }

    private static int digit(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            char c = name.charAt(name.length() - 1);
            return c >= '1' && c <= '9' ? c - '0' : 0;
        }
        return 0;
    }
}
