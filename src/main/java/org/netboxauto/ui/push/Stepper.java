package org.netboxauto.ui.push;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/** The wizard's four steps across the top: done ones ticked, the current one in the accent colour. */
final class Stepper {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");

    private Stepper() {
    }

    static Node create(PushViewModel model) {
        HBox bar = new HBox(10);
        bar.getStyleClass().add("push-stepper");
        bar.setAlignment(Pos.CENTER_LEFT);
        for (PushStep s : PushStep.values()) {
            if (s.ordinal() > 0) {
                Region line = new Region();
                line.getStyleClass().add("push-step-line");
                bar.getChildren().add(line);
            }
            Label number = new Label(Integer.toString(s.ordinal() + 1));
            number.getStyleClass().add("push-step-number");
            Label item = new Label(s.title(), number);
            item.getStyleClass().add("push-step");
            Runnable mark = () -> {
                PushStep now = model.stepProperty().get();
                boolean done = s.ordinal() < now.ordinal() || s == now && s == PushStep.SUMMARY;
                // a push that failed, ended part done or stopped is never ticked as done
                boolean failed = done && s.ordinal() >= PushStep.APPLY.ordinal() && model.applyEndedProperty().get()
                        && (model.reportProperty().get() == null || model.reportProperty().get().failed()
                        || model.reportProperty().get().count(org.netboxauto.core.push.ActionOutcome.State.PLANNED) > 0);
                item.pseudoClassStateChanged(CURRENT, s == now);
                item.pseudoClassStateChanged(DONE, done && !failed);
                item.pseudoClassStateChanged(PushView.FAILED, failed);
                number.setText(done ? "" : Integer.toString(s.ordinal() + 1));
                number.setGraphic(done ? new FontIcon(failed ? "mdi2a-alert" : "mdi2c-check") : null);
            };
            model.stepProperty().addListener((obs, old, now) -> mark.run());
            model.reportProperty().addListener((obs, old, now) -> mark.run());
            model.applyEndedProperty().addListener((obs, old, now) -> mark.run());
            mark.run();
            bar.getChildren().add(item);
        }
        return bar;
    }
}
