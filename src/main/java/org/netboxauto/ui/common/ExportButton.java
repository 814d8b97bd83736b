package org.netboxauto.ui.common;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Export ▾ → CSV… / JSON…: writes what the table shows to a file the user picks. */
public final class ExportButton {

    private static final Logger LOG = LoggerFactory.getLogger(ExportButton.class);

    private ExportButton() {
    }

    /** @param name the file name offered, without extension, e.g. "review" */
    public static <T> MenuButton of(TableView<T> table, String name) {
        MenuButton button = new MenuButton("Export", new FontIcon("mdi2f-file-export-outline"));
        button.getStyleClass().add("export-button");
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        for (TableExport.Format format : TableExport.Format.values()) {
            String extension = format.name().toLowerCase(Locale.ROOT);
            MenuItem item = new MenuItem(format.name() + "…");
            item.setId("export-" + extension);
            item.setOnAction(e -> {
                FileChooser chooser = new FileChooser();
                chooser.setTitle("Export what the table shows as " + format.name());
                chooser.setInitialFileName(name + "." + extension);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.name(), "*." + extension));
                File file = chooser.showSaveDialog(table.getScene().getWindow());
                if (file != null) {
                    export(table, format, file.toPath());
                }
            });
            button.getItems().add(item);
        }
        button.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(table.getItems()));
        return button;
    }

    private static <T> void export(TableView<T> table, TableExport.Format format, Path file) {
        List<List<String>> shown = TableExport.shown(table);
        try {
            TableExport.write(shown, format, file);
            LOG.info("Exported {} rows to {}", shown.size() - 1, file);
        } catch (IOException e) {
            LOG.warn("Could not export to {}", file, e);
            Alert alert = new Alert(Alert.AlertType.ERROR, "Could not write " + file + " (" + e.getMessage()
                    + "). Choose a folder you can write to and try again.");
            alert.setHeaderText("Export failed");
            alert.initOwner(table.getScene().getWindow());
            alert.show();
        }
    }
}
