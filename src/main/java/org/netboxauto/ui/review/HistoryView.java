package org.netboxauto.ui.review;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.netboxauto.core.Observation;

/** Draws a host's history: every IP, name and port it had, from when to when, and which sources said so. */
final class HistoryView {

    private HistoryView() {
    }

    static Node of(List<Observation> observations) {
        if (observations.isEmpty()) {
            Label none = new Label("No observations recorded yet.");
            none.getStyleClass().add("muted");
            return none;
        }
        HostHistory history = HostHistory.of(observations);
        GridPane grid = DetailPane.grid();
        int[] line = {0};
        add(grid, line, "IP", history.ips());
        add(grid, line, "Name", history.names());
        add(grid, line, "Port", history.ports());
        Label count = new Label(history.observations() + " observations in all");
        count.getStyleClass().add("muted");
        return new VBox(6, grid, count);
    }

    private static void add(GridPane grid, int[] line, String field, List<HostHistory.Seen> values) {
        for (HostHistory.Seen seen : values) {
            DetailPane.addRow(grid, line, field, seen.value(), ReviewColumns.SEEN.format(seen.first())
                    + (seen.first().equals(seen.last()) ? "" : " – " + ReviewColumns.SEEN.format(seen.last()))
                    + " · " + String.join(", ", seen.sources()));
        }
    }
}
