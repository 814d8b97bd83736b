package org.netboxauto.ui.review;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.netboxauto.core.ReviewState;

/** The counts above the grid: hosts by state, and two small bar charts of hosts by kind and by source. */
final class SummaryStrip {

    private static final int BARS = 4;
    private static final double BAR_WIDTH = 120;

    private final HBox strip = new HBox(12);

    SummaryStrip(ReviewViewModel model) {
        strip.getStyleClass().add("review-summary");
        model.summaryProperty().addListener((obs, old, now) -> show(now));
        show(model.summaryProperty().get());
    }

    Node node() {
        return strip;
    }

    private void show(ReviewSummary summary) {
        VBox states = new VBox(6, DetailPane.heading("HOSTS"), total(summary.total()), new HBox(6,
                stateChip(summary, ReviewState.PENDING), stateChip(summary, ReviewState.APPROVED),
                stateChip(summary, ReviewState.REJECTED)));
        states.getStyleClass().addAll("card", "summary-card");
        Node kinds = bars("BY KIND", summary.byKind());
        Node sources = bars("BY SOURCE", summary.bySource());
        HBox.setHgrow(kinds, Priority.ALWAYS);
        HBox.setHgrow(sources, Priority.ALWAYS);
        strip.getChildren().setAll(states, kinds, sources);
    }

    private static Label total(int total) {
        Label label = new Label(String.format("%,d", total));
        label.getStyleClass().add("summary-total");
        return label;
    }

    private static Label stateChip(ReviewSummary summary, ReviewState state) {
        String name = state.name().toLowerCase(java.util.Locale.ROOT);
        Label chip = new Label(String.format("%,d %s", summary.count(state), name));
        chip.getStyleClass().addAll("state-chip", "state-chip-" + name);
        return chip;
    }

    /** The largest few values as bars, the rest summed into "other", so the strip keeps its height. */
    private static Node bars(String title, Map<String, Integer> counts) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(3);
        List<Map.Entry<String, Integer>> top = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())).toList();
        int shown = Math.min(top.size(), top.size() > BARS ? BARS - 1 : BARS);
        int max = top.isEmpty() ? 1 : top.getFirst().getValue();
        for (int i = 0; i < shown; i++) {
            addBar(grid, i, top.get(i).getKey(), top.get(i).getValue(), max);
        }
        if (top.size() > shown) {
            int rest = top.subList(shown, top.size()).stream().mapToInt(Map.Entry::getValue).sum();
            addBar(grid, shown, (top.size() - shown) + " more", rest, Math.max(max, rest));
        }
        VBox card = new VBox(6, DetailPane.heading(title), grid);
        card.getStyleClass().addAll("card", "summary-card");
        return card;
    }

    private static void addBar(GridPane grid, int line, String label, int count, int max) {
        Label name = new Label(label);
        name.getStyleClass().add("bar-label");
        name.setMinWidth(90);
        name.setMaxWidth(150);
        Region bar = new Region();
        bar.getStyleClass().add("summary-bar");
        double width = Math.max(2, BAR_WIDTH * count / Math.max(1, max));
        bar.setMinWidth(width);
        bar.setPrefWidth(width);
        bar.setMaxWidth(width);
        Label value = new Label(String.format("%,d", count));
        value.getStyleClass().add("bar-value");
        HBox barBox = new HBox(6, bar, value);
        barBox.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(line, name, barBox);
    }
}
