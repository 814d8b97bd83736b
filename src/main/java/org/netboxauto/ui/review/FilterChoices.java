package org.netboxauto.ui.review;

import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/** A filter drop-down over a list of values, with a blank first choice that means "any"; the Push tab reuses it. */
public final class FilterChoices {

    private FilterChoices() {
    }

    public static void bind(ComboBox<String> box, ObservableList<String> values, StringProperty target, String any,
            Function<String, String> label) {
        boolean[] filling = {false};
        Runnable fill = () -> {
            String keep = target.get();
            filling[0] = true;
            box.getItems().setAll("");
            box.getItems().addAll(values);
            box.setValue(keep == null ? "" : keep);
            filling[0] = false;
        };
        fill.run();
        values.addListener((ListChangeListener<String>) c -> fill.run());
        box.setCellFactory(list -> new Cell(any, label));
        box.setButtonCell(new Cell(any, label));
        box.valueProperty().addListener((obs, old, now) -> {
            if (!filling[0]) {
                target.set(now == null ? "" : now);
            }
        });
        target.addListener((obs, old, now) -> box.setValue(now));
    }

    private static final class Cell extends ListCell<String> {
        private final String any;
        private final Function<String, String> label;

        Cell(String any, Function<String, String> label) {
            this.any = any;
            this.label = label;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.isEmpty() ? any : label.apply(item));
        }
    }
}
