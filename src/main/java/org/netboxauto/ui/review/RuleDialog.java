package org.netboxauto.ui.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.netboxauto.core.ReviewState;
import org.netboxauto.core.rules.ReviewRule;
import org.netboxauto.core.rules.RuleAction;
import org.netboxauto.core.rules.RuleMatch;
import org.netboxauto.core.rules.RuleProposal;
import org.netboxauto.ui.Stylesheets;

/**
 * "Make a rule from this selection…": what the selected hosts share, each part a check box, what the rule
 * decides, and a count of the hosts nobody has decided on it would decide, kept up to date while the
 * admin chooses. Nothing is written until "Add to config" is pressed (not the default button).
 */
final class RuleDialog {

    static final ButtonType ADD = new ButtonType("Add to config", ButtonBar.ButtonData.APPLY);
    private static final String NO_KIND = "(keep the kind)";

    private RuleDialog() {
    }

    /**
     * @param count how many undecided hosts a rule would decide, and how many of them are not selected
     */
    static Optional<ReviewRule> ask(Window owner, int selected, RuleProposal proposal, List<String> kinds,
            Function<ReviewRule, String> count) {
        Dialog<ReviewRule> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Make a review rule");
        dialog.setHeaderText("A review rule from what the " + (selected == 1 ? "selected host has" : selected
                + " selected hosts have") + " in common");
        Label about = new Label("It decides hosts nobody has decided on, at their next discovery run; a person's"
                + " decision always wins. It is added at the end of review.rules in the config file.");
        about.setWrapText(true);
        TextField name = new TextField(suggestedName(proposal));
        name.setPrefColumnCount(24);
        name.getStyleClass().add("rule-name");
        List<CheckBox> parts = new ArrayList<>();
        CheckBox vendor = part(parts, "Vendor contains", proposal.vendor());
        CheckBox kind = part(parts, "Suggested kind is", proposal.kindSuggestion());
        CheckBox source = part(parts, "Seen by source", proposal.source());
        CheckBox subnet = part(parts, "Address in", proposal.subnet().map(Object::toString));
        CheckBox hostname = part(parts, "Name matches", proposal.hostname());
        ComboBox<String> state = new ComboBox<>();
        state.getItems().addAll("Approve", "Reject", "Leave pending");
        state.getSelectionModel().select(0);
        ComboBox<String> kindThen = new ComboBox<>();
        kindThen.getItems().add(NO_KIND);
        kindThen.getItems().addAll(kinds);
        kindThen.getSelectionModel().select(proposal.kindSuggestion().filter(kinds::contains).orElse(NO_KIND));
        Label dryRun = new Label();
        dryRun.getStyleClass().add("rule-dry-run");
        dryRun.setWrapText(true);

        GridPane when = new GridPane();
        when.setHgap(10);
        when.setVgap(6);
        int row = 0;
        for (CheckBox c : parts) {
            when.add(c, 0, row++);
        }
        if (parts.isEmpty()) {
            when.add(new Label("The selected hosts share no vendor, kind, source, subnet or name pattern."), 0, 0);
        }
        GridPane then = new GridPane();
        then.setHgap(10);
        then.setVgap(6);
        then.addRow(0, new Label("Decision"), state);
        then.addRow(1, new Label("Kind"), kindThen);
        GridPane top = new GridPane();
        top.setHgap(10);
        top.addRow(0, new Label("Rule name"), name);
        VBox content = new VBox(10, about, top, heading("When every ticked condition holds"), when,
                heading("Then"), then, dryRun);
        content.setPadding(new Insets(8, 12, 4, 12));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(640);
        javafx.application.Platform.runLater(name::requestFocus);
        dialog.getDialogPane().getButtonTypes().addAll(ADD, ButtonType.CANCEL);
        Stylesheets.apply(dialog.getDialogPane().getScene());

        Runnable update = () -> {
            Optional<ReviewRule> rule = rule(name, proposal, vendor, kind, source, subnet, hostname, state, kindThen);
            dialog.getDialogPane().lookupButton(ADD).setDisable(rule.isEmpty());
            dryRun.setText(rule.map(count).orElse(name.getText().isBlank() ? "Give the rule a name."
                    : "Tick at least one condition, and choose a decision or a kind."));
        };
        parts.forEach(c -> c.selectedProperty().addListener((o, a, b) -> update.run()));
        name.textProperty().addListener((o, a, b) -> update.run());
        state.valueProperty().addListener((o, a, b) -> update.run());
        kindThen.valueProperty().addListener((o, a, b) -> update.run());
        update.run();
        dialog.setResultConverter(button -> button == ADD
                ? rule(name, proposal, vendor, kind, source, subnet, hostname, state, kindThen).orElse(null) : null);
        return dialog.showAndWait();
    }

    private static Optional<ReviewRule> rule(TextField name, RuleProposal proposal, CheckBox vendor, CheckBox kind,
            CheckBox source, CheckBox subnet, CheckBox hostname, ComboBox<String> state, ComboBox<String> kindThen) {
        RuleMatch when = proposal.match(ticked(vendor), ticked(kind), ticked(source), ticked(subnet),
                ticked(hostname));
        Optional<ReviewState> decision = switch (state.getValue()) {
            case "Approve" -> Optional.of(ReviewState.APPROVED);
            case "Reject" -> Optional.of(ReviewState.REJECTED);
            default -> Optional.empty();
        };
        Optional<String> setKind = Optional.ofNullable(kindThen.getValue()).filter(k -> !k.equals(NO_KIND));
        RuleAction then = new RuleAction(decision, setKind, Optional.empty(), Optional.empty());
        String n = name.getText() == null ? "" : name.getText().strip();
        if (n.isEmpty() || when.isEmpty() || then.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReviewRule(n, when, then));
    }

    private static boolean ticked(CheckBox c) {
        return c != null && c.isSelected();
    }

    private static CheckBox part(List<CheckBox> parts, String what, Optional<String> value) {
        if (value.isEmpty()) {
            return null;
        }
        CheckBox box = new CheckBox(what + " " + value.get());
        box.setSelected(true);
        box.getStyleClass().add("rule-condition");
        parts.add(box);
        return box;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-weight: bold;");
        return label;
    }

    /** "vm" for vm-*, else the vendor's first word, else "from-selection". */
    static String suggestedName(RuleProposal proposal) {
        Optional<String> fromName = proposal.hostname().map(p -> p.replaceAll("[^A-Za-z0-9]+$", "").replace("*", ""))
                .filter(p -> !p.isBlank());
        Optional<String> fromVendor = proposal.vendor().map(v -> v.split("[^A-Za-z0-9]+")[0].toLowerCase(
                java.util.Locale.ROOT)).filter(v -> !v.isBlank());
        return fromName.or(() -> fromVendor).or(() -> proposal.kindSuggestion()).orElse("from-selection");
    }
}
