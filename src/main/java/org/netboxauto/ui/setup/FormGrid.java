package org.netboxauto.ui.setup;

import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** Label and field pairs in two columns, each field bound both ways to its property. */
final class FormGrid {

    private final GridPane grid = new GridPane();
    private int row;

    private FormGrid() {
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(110);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
    }

    static FormGrid of() {
        return new FormGrid();
    }

    FormGrid text(String label, StringProperty value, String prompt) {
        return field(label, new TextField(), value, prompt);
    }

    FormGrid secret(String label, StringProperty value, String prompt) {
        return field(label, new PasswordField(), value, prompt);
    }

    FormGrid node(String label, Node node) {
        grid.addRow(row++, new Label(label), node);
        return this;
    }

    private FormGrid field(String label, TextInputControl field, StringProperty value, String prompt) {
        field.textProperty().bindBidirectional(value);
        field.setPromptText(prompt);
        // lets tests and screen readers find the field by what it is for
        field.setAccessibleText(label);
        return node(label, field);
    }

    GridPane build() {
        return grid;
    }
}
