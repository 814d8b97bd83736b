package org.netboxauto.ui.push;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.netboxauto.core.push.ActionOutcome.State;
import org.netboxauto.service.PushReport;

/** Step 4: how the actions ended, what was not done and why, and links to the objects in NetBox. */
final class SummaryStep {

    private SummaryStep() {
    }

    static Node create(PushViewModel model) {
        Label title = new Label();
        title.getStyleClass().add("push-title");
        HBox tiles = new HBox(12);
        tiles.getStyleClass().add("push-tiles");
        Label facts = new Label();
        facts.getStyleClass().add("push-message");
        model.reportProperty().addListener((obs, old, r) -> {
            tiles.getChildren().clear();
            if (r == null) {
                return;
            }
            long notSent = r.count(State.PLANNED);
            title.setText(notSent > 0 ? "The push was cancelled" : r.failed() ? "The push failed: "
                    + PushTexts.plural(r.count(State.FAILED), "failure", "failures") + ", "
                    + r.count(State.SKIPPED) + " not sent because of them" : "The push finished");
            title.pseudoClassStateChanged(PushView.FAILED, notSent > 0 || r.failed());
            tiles.getChildren().addAll(tile("OK", r.count(State.OK), "ok"), tile("Failed", r.count(State.FAILED),
                    "failed"), tile("Skipped", r.count(State.SKIPPED), "skipped"), tile("Not sent", notSent, "not-sent"));
            facts.setText(facts(model, r));
        });

        BooleanBinding failures = Bindings.isNotEmpty(model.unsuccessful());
        Label notDoneHeading = new Label();
        notDoneHeading.getStyleClass().add("push-section-title");
        notDoneHeading.setGraphic(new FontIcon("mdi2a-alert-outline"));
        notDoneHeading.textProperty().bind(Bindings.size(model.unsuccessful()).asString("Not done  ·  %d"));
        // one line per cause; what it held back opens under it
        TreeView<Object> notDone = new TreeView<>(new TreeItem<>());
        notDone.setShowRoot(false);
        notDone.getStyleClass().addAll("push-list", "push-causes");
        notDone.setPrefHeight(170);
        notDone.setMinHeight(96);
        notDone.setCellFactory(t -> new CauseCell());
        model.causes().addListener((javafx.collections.ListChangeListener<CauseRow>) change ->
                notDone.getRoot().getChildren().setAll(model.causes().stream().map(SummaryStep::item).toList()));
        Label hint = new Label(PushTexts.RETRY_HINT);
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        VBox notDoneCard = new VBox(6, notDoneHeading, notDone, hint);
        notDoneCard.getStyleClass().addAll("card", "push-section");
        notDoneCard.visibleProperty().bind(failures);
        notDoneCard.managedProperty().bind(failures);

        Label linksHeading = new Label();
        linksHeading.getStyleClass().add("push-section-title");
        linksHeading.setGraphic(new FontIcon("mdi2o-open-in-new"));
        linksHeading.textProperty().bind(Bindings.size(model.links()).asString(
                "In NetBox  ·  %d objects made, changed or found; click one to open its page"));
        ListView<LinkRow> links = new ListView<>(model.links());
        links.getStyleClass().addAll("push-list", "push-links");
        links.setCellFactory(l -> new LinkCell(model));
        links.setPlaceholder(new Label("No object was written."));
        links.setMinHeight(120);
        VBox.setVgrow(links, Priority.ALWAYS);
        VBox linksCard = new VBox(6, linksHeading, links);
        linksCard.getStyleClass().addAll("card", "push-section");
        VBox.setVgrow(linksCard, Priority.ALWAYS);

        Button retry = new Button("_Retry failed", new FontIcon("mdi2r-restart"));
        retry.getStyleClass().add("push-primary");
        retry.visibleProperty().bind(failures);
        retry.managedProperty().bind(failures);
        retry.disableProperty().bind(model.runningProperty());
        retry.setOnAction(e -> model.retry());
        Button over = new Button("Start _over", new FontIcon("mdi2a-arrow-left"));
        over.disableProperty().bind(model.runningProperty());
        // Retry plans again and is never the default: its plan, too, is applied only through the confirmation
        over.defaultButtonProperty().bind(model.stepProperty().isEqualTo(PushStep.SUMMARY));
        over.setOnAction(e -> model.startOver());
        for (Button b : new Button[] {retry, over}) {
            b.setMnemonicParsing(true);
        }
        javafx.scene.control.ProgressBar progress = new javafx.scene.control.ProgressBar();
        progress.getStyleClass().add("run-progress");
        progress.setPrefWidth(160);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        Label message = new Label();
        message.getStyleClass().add("muted");
        message.textProperty().bind(Bindings.when(model.runningProperty()).then(model.messageProperty()).otherwise(""));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox footer = new HBox(10, over, gap, progress, message, retry);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.getStyleClass().add("push-footer");

        VBox page = new VBox(10, title, tiles, facts, notDoneCard, linksCard, footer);
        page.getStyleClass().add("push-summary");
        return page;
    }

    private static String facts(PushViewModel model, PushReport r) {
        String target = model.previewProperty().get() == null ? "NetBox" : "NetBox at "
                + model.previewProperty().get().netbox();
        long dnsOk = model.dns().stream().filter(d -> d.state() == State.OK).count();
        String dns = model.dns().isEmpty() ? "" : "  ·  " + dnsOk + " of " + PushTexts.plural(model.dns().size(),
                "DNS change", "DNS changes") + " written to " + model.dns().stream().map(DnsRow::target).distinct()
                .collect(java.util.stream.Collectors.joining(", "));
        return PushTexts.plural(r.requests(), "request", "requests") + " to " + target + " in "
                + PushTexts.duration(r.took()) + dns + "  ·  kept in the journal as push #" + r.pushId();
    }

    private static Node tile(String label, long n, String kind) {
        Label count = new Label(Long.toString(n));
        count.getStyleClass().add("push-tile-count");
        Label name = new Label(label);
        name.getStyleClass().add("push-tile-label");
        VBox tile = new VBox(2, count, name);
        tile.getStyleClass().addAll("card", "push-tile", "push-tile-" + kind);
        if (n == 0) {
            tile.getStyleClass().add("push-tile-zero");
        }
        return tile;
    }

    private static TreeItem<Object> item(CauseRow cause) {
        TreeItem<Object> item = new TreeItem<>(cause);
        cause.heldBack().forEach(h -> item.getChildren().add(new TreeItem<>(h)));
        return item;
    }

    /** A cause: its badge, what failed, the answer, then how much it held back and what to do; a child: one action. */
    private static final class CauseCell extends javafx.scene.control.TreeCell<Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            setTooltip(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            if (!(item instanceof CauseRow c)) {
                setText(item.toString());
                setGraphic(null);
                return;
            }
            Label why = LineCell.text(c.why());
            why.setWrapText(true);
            HBox first = new HBox(8, LineCell.badge(PushTexts.shown(c.shown()), "push-state-" + c.shown().name()
                    .toLowerCase(java.util.Locale.ROOT).replace('_', '-')), LineCell.subject(c.what()), why);
            first.setAlignment(Pos.TOP_LEFT);
            Label advice = new Label("What to do: " + c.advice());
            advice.getStyleClass().add("push-cause-advice");
            advice.setWrapText(true);
            VBox box = new VBox(2, first);
            if (!c.heldBack().isEmpty()) {
                Label held = new Label(c.heldBackLine() + " (open to list them)");
                held.getStyleClass().add("push-cause-held");
                box.getChildren().add(held);
            }
            box.getChildren().add(advice);
            box.setPrefWidth(0);
            box.setMinWidth(0);
            setGraphic(box);
            setTooltip(new Tooltip(c.what() + "\n" + c.why() + "\n" + c.heldBackLine() + "\nWhat to do: " + c.advice()));
        }
    }

    private static final class LinkCell extends ListCell<LinkRow> {
        private final Hyperlink link = new Hyperlink();

        LinkCell(PushViewModel model) {
            link.getStyleClass().add("push-link");
            link.setOnAction(e -> {
                if (getItem() != null) {
                    model.open(getItem());
                    link.setVisited(true);
                }
            });
        }

        @Override
        protected void updateItem(LinkRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            link.setText(item.label());
            link.setVisited(false);
            link.setTooltip(new Tooltip(item.url()));
            Label url = new Label(item.url());
            url.getStyleClass().addAll("muted", "push-link-url");
            HBox line = new HBox(10, link, url);
            line.setAlignment(Pos.CENTER_LEFT);
            setGraphic(line);
        }
    }
}
