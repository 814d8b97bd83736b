package org.netboxauto.ui;

import java.lang.management.ManagementFactory;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Measures time to first window, and for smoke runs closes the window once it has rendered. */
final class FirstWindowTimer {

    static final String LAUNCH_PROPERTY = "netboxauto.launch.epoch-ms";

    private static final Logger LOG = LoggerFactory.getLogger(FirstWindowTimer.class);

    private FirstWindowTimer() {
    }

    static void attach(Stage stage, boolean closeAfterFirstPulse) {
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, new EventHandler<>() {
            @Override
            public void handle(WindowEvent event) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                long ms = millisSinceLaunch();
                LOG.info("First window shown {} ms after launch", ms);
                if (closeAfterFirstPulse) {
                    System.out.println("first-window-ms=" + ms);
                    afterNextPulse(stage, Stage::hide);
                }
            }
        });
    }

    private static void afterNextPulse(Stage stage, Consumer<Stage> action) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            stage.getScene().removePostLayoutPulseListener(listener[0]);
            // runLater lets the pulse that was just laid out finish rendering first
            Platform.runLater(() -> action.accept(stage));
        };
        stage.getScene().addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /**
     * Since the launcher script started (it passes the time), else since the JVM started.
     * ProcessHandle's start instant is not used: on Linux it is rounded to the boot second.
     */
    static long millisSinceLaunch() {
        long start = 0;
        try {
            start = Long.parseLong(System.getProperty(LAUNCH_PROPERTY, ""));
        } catch (NumberFormatException e) {
            // not started by the launcher script
        }
        if (start <= 0) {
            start = ManagementFactory.getRuntimeMXBean().getStartTime();
        }
        return System.currentTimeMillis() - start;
    }
}
