package org.netboxauto.ui.push;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.netboxauto.core.push.ActionOutcome.State;
import org.netboxauto.service.PushPreview;
import org.netboxauto.service.PushReport;

/**
 * Steps 2 and 3 on one page: the plan as it would run, then the same rows filling in as it is
 * applied. The NetBox actions are one section; DNS changes become a second one under it.
 */
final class PlanStep {

    private PlanStep() {
    }

    static Node create(PushViewModel model) {
        BooleanBinding previewing = model.stepProperty().isEqualTo(PushStep.PREVIEW);
        BooleanBinding applying = model.stepProperty().isEqualTo(PushStep.APPLY);
        Label title = new Label();
        title.getStyleClass().add("push-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> title(model, previewing.get()),
                previewing, model.runningProperty(), model.reportProperty(), model.applyEndedProperty()));
        ProgressBar progress = new ProgressBar();
        progress.getStyleClass().add("run-progress");
        progress.setPrefWidth(260);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(applying.or(model.runningProperty()));
        progress.managedProperty().bind(progress.visibleProperty());
        Label message = new Label();
        message.getStyleClass().add("push-message");
        message.textProperty().bind(model.messageProperty());
        HBox status = new HBox(12, progress, message);
        status.setAlignment(Pos.CENTER_LEFT);

        HBox chips = new HBox(6);
        chips.getStyleClass().add("push-chips");
        chips.setAlignment(Pos.CENTER_LEFT);
        model.previewProperty().addListener((obs, old, p) -> fillChips(chips, p));

        // one section per target, NetBox first; DNS changes (add/change/remove per DNS target) go in under it
        VBox sections = new VBox(8, netboxSection(model), DnsSection.create(model));
        VBox.setVgrow(sections.getChildren().getFirst(), Priority.ALWAYS);
        VBox.setVgrow(sections, Priority.ALWAYS);

        HBox lists = new HBox(12, PlanLists.hosts(model), PlanLists.problems(model), PlanLists.orphans(model),
                PlanLists.removable(model));
        lists.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        lists.visibleProperty().bind(Bindings.isNotEmpty(model.problems()).or(Bindings.isNotEmpty(model.removable())
                .or(Bindings.isNotEmpty(model.orphans())).or(Bindings.isNotEmpty(model.hosts())).and(previewing)));
        lists.managedProperty().bind(lists.visibleProperty());

        VBox page = new VBox(10, title, status, chips, PushView.notice(model.noticeProperty()), sections, lists,
                footer(model, previewing, applying));
        page.getStyleClass().add("push-plan");
        return page;
    }

    private static String title(PushViewModel model, boolean previewing) {
        PushReport r = model.reportProperty().get();
        if (previewing) {
            return "Preview: what the push would change";
        }
        if (model.runningProperty().get() || !model.applyEndedProperty().get()) {
            return "Applying the plan to NetBox";
        }
        return r == null ? "The push stopped" : r.count(State.PLANNED) > 0 ? "The push was cancelled"
                : r.failed() ? "Applied, with failures: the rows say what was answered"
                : model.dns().isEmpty() ? "Applied to NetBox" : "Applied to NetBox and DNS";
    }

    private static Node netboxSection(PushViewModel model) {
        Label heading = new Label();
        heading.getStyleClass().add("push-section-title");
        heading.setGraphic(new FontIcon("mdi2c-cloud-upload-outline"));
        heading.textProperty().bind(Bindings.createStringBinding(() -> {
            PushPreview p = model.previewProperty().get();
            return p == null ? "NetBox" : "NetBox at " + p.netbox() + "  ·  " + PushTexts.plural(
                    p.plan().actions().size(), "action", "actions") + (model.groupByHostProperty().get()
                    ? " by host; sent in the order of #" : " in the order they are sent");
        }, model.previewProperty(), model.groupByHostProperty()));
        ToggleButton byHost = new ToggleButton("Group by _host", new FontIcon("mdi2f-format-list-group"));
        byHost.setMnemonicParsing(true);
        byHost.getStyleClass().add("push-group-toggle");
        byHost.selectedProperty().bindBidirectional(model.groupByHostProperty());
        byHost.setTooltip(new javafx.scene.control.Tooltip("Each host with its actions; off: every action in the"
                + " order it is sent"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        TableView<ActionRow> table = ActionTable.create(model);
        HBox top = new HBox(8, heading, gap, byHost, org.netboxauto.ui.common.ExportButton.of(table, "push-plan"));
        top.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label detail = new Label("Select a row to see every field it writes; hover a cell for the full text.");
        detail.getStyleClass().add("push-detail");
        detail.setWrapText(true);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) ->
                detail.setText(row == null ? "" : row.action().summary() + ":  " + String.join("  ·  ", row.fields())
                        + (row.message().isEmpty() ? "" : "\n" + PushTexts.shown(row.shownProperty().get())
                        + ": " + row.message())));
        VBox section = new VBox(6, top, table, detail);
        section.getStyleClass().addAll("card", "push-section");
        return section;
    }

    private static void fillChips(HBox chips, PushPreview p) {
        chips.getChildren().clear();
        if (p == null) {
            return;
        }
        p.plan().countByVerb().forEach((verb, n) -> {
            Label chip = new Label(n + " " + PushTexts.verb(verb));
            chip.getStyleClass().addAll("push-chip", "push-verb-" + PushTexts.verb(verb));
            chips.getChildren().add(chip);
        });
        if (!p.dnsChanges().isEmpty()) {
            Label dns = new Label(PushTexts.plural(p.dnsChanges().size(), "DNS change", "DNS changes"));
            dns.getStyleClass().addAll("push-chip", "push-chip-dns");
            chips.getChildren().add(dns);
        }
        if (p.writes() == 0) {
            Label none = new Label(PushTexts.nothingToPush(p));
            none.setGraphic(new FontIcon("mdi2c-check-all"));
            none.getStyleClass().addAll("push-chip", "push-nothing");
            chips.getChildren().add(none);
        }
        long blocking = p.plan().problems().stream().filter(q -> q.blocking()).count();
        if (!p.plan().problems().isEmpty()) {
            Label problems = new Label(PushTexts.plural(p.plan().problems().size(), "problem", "problems")
                    + (blocking > 0 ? ", " + blocking + " not pushed" : ""));
            problems.getStyleClass().addAll("push-chip", "push-chip-problem");
            chips.getChildren().add(problems);
        }
    }

    private static Node footer(PushViewModel model, BooleanBinding previewing, BooleanBinding applying) {
        Button back = new Button("_Back", new FontIcon("mdi2a-arrow-left"));
        back.visibleProperty().bind(previewing);
        back.disableProperty().bind(model.runningProperty());
        back.cancelButtonProperty().bind(previewing);
        back.setOnAction(e -> model.back());

        BooleanBinding nothing = Bindings.createBooleanBinding(() -> model.previewProperty().get() == null
                || model.previewProperty().get().writes() == 0, model.previewProperty());
        Button apply = new Button();
        apply.getStyleClass().add("push-primary");
        apply.setGraphic(new FontIcon("mdi2c-cloud-upload-outline"));
        apply.textProperty().bind(Bindings.createStringBinding(() -> {
            PushPreview p = model.previewProperty().get();
            return p == null ? "_Apply" : PushTexts.apply(p);
        }, model.previewProperty()));
        apply.visibleProperty().bind(previewing);
        apply.disableProperty().bind(model.runningProperty().or(nothing));
        // never the default button: Enter must not write; the dialog asks first, its default being Cancel
        apply.setOnAction(e -> model.confirmation().ifPresent(c -> {
            if (ConfirmPushDialog.ask(apply.getScene().getWindow(), c)) {
                model.apply();
            }
        }));

        Button cancel = new Button("_Cancel", new FontIcon("mdi2s-stop-circle-outline"));
        cancel.visibleProperty().bind(applying.and(model.runningProperty()));
        cancel.cancelButtonProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> model.cancel());

        BooleanBinding ended = applying.and(model.applyEndedProperty());
        Button summary = new Button("_Summary", new FontIcon("mdi2a-arrow-right"));
        summary.getStyleClass().add("push-primary");
        summary.visibleProperty().bind(ended.and(model.reportProperty().isNotNull()));
        summary.defaultButtonProperty().bind(summary.visibleProperty());
        summary.setOnAction(e -> model.showSummary());

        Button again = new Button("Preview a_gain", new FontIcon("mdi2r-refresh"));
        again.getStyleClass().add("push-primary");
        again.visibleProperty().bind(ended.and(model.reportProperty().isNull()));
        again.defaultButtonProperty().bind(again.visibleProperty());
        again.disableProperty().bind(model.runningProperty());
        again.setOnAction(e -> model.retry());

        for (Button b : new Button[] {back, apply, cancel, summary, again}) {
            b.setMnemonicParsing(true);
            b.managedProperty().bind(b.visibleProperty());
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox footer = new HBox(10, back, gap, cancel, again, summary, apply);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.getStyleClass().add("push-footer");
        return footer;
    }
}
