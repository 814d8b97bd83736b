package org.netboxauto.ui.review;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableView;
import org.netboxauto.core.MacAddress;

/** Selects and scrolls to the host another tab asked for, once the grid shows it. */
final class RevealedHost {

    private RevealedHost() {
    }

    static void attach(TableView<HostRow> table, ReviewViewModel model) {
        Runnable reveal = () -> {
            MacAddress mac = model.revealProperty().get();
            if (mac == null) {
                return;
            }
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).mac().equals(mac)) {
                    table.getSelectionModel().clearAndSelect(i);
                    table.scrollTo(Math.max(0, i - 3));
                    table.requestFocus();
                    model.revealProperty().set(null);
                    return;
                }
            }
        };
        model.revealProperty().addListener((obs, old, mac) -> reveal.run());
        // not while the rows are being replaced: after the change is done
        table.getItems().addListener((ListChangeListener<HostRow>) c -> Platform.runLater(reveal));
        Platform.runLater(reveal);
    }
}
