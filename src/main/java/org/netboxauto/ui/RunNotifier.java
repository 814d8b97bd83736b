package org.netboxauto.ui;

import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/** When a discovery run or a push ends while the window is not focused, a notification says how it went. */
final class RunNotifier {

    private RunNotifier() {
    }

    static void attach(Stage stage, ShellViewModel shell) {
        notifyWhenEnded(stage, shell.discovery().runningProperty(), "Discovery finished",
                shell.discovery().messageProperty(), shell.discovery().summaryProperty());
        notifyWhenTrue(stage, shell.push().applyEndedProperty(), "Push finished", shell.push().messageProperty());
    }

    /** Notifies when {@code running} turns false. */
    private static void notifyWhenEnded(Stage stage, ObservableBooleanValue running, String title,
            ObservableStringValue message, ObservableStringValue detail) {
        running.addListener((obs, was, now) -> {
            if (was && !now) {
                // the view model sets its message right after it stops running
                Platform.runLater(() -> show(stage, title, message.get(), detail.get()));
            }
        });
    }

    /** Notifies when {@code ended} turns true. */
    private static void notifyWhenTrue(Stage stage, ObservableBooleanValue ended, String title,
            ObservableStringValue message) {
        ended.addListener((obs, was, now) -> {
            if (now) {
                Platform.runLater(() -> show(stage, title, message.get(), ""));
            }
        });
    }

    private static void show(Stage stage, String title, String message, String detail) {
        if (stage.isFocused() || !stage.isShowing()) {
            return;
        }
        String text = detail == null || detail.isBlank() ? message : message + "\n" + detail;
        Notifications.create().owner(stage).title(title).text(text).hideAfter(Duration.seconds(10)).showInformation();
    }
}
