package org.netboxauto.ui;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.netboxauto.service.SetupService;
import org.netboxauto.ui.setup.FirstRunSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the desktop shell; the only way into the UI from the wiring. */
public final class DesktopApp {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);

    private DesktopApp() {
    }

    /**
     * Starts JavaFX, shows the main window and blocks until it is closed. Must not be called on
     * the FX thread.
     *
     * @param exitAfterFirstWindow print {@code first-window-ms=N} and close once the window has
     *                             rendered; for smoke tests and startup measurements
     * @param setup                writes the config from the first-run form, shown when there is none
     */
    public static void launch(ShellServices services, SetupService setup, boolean exitAfterFirstWindow) {
        boolean startedHere = ToolkitStarter.awaitRunning();
        ExecutorService background = BackgroundExecutor.create("netbox-auto-ui-worker");
        ExecutorService discovery = BackgroundExecutor.create("netbox-auto-discovery");
        ScheduledExecutorService watch = BackgroundExecutor.scheduled("netbox-auto-watch");
        CountDownLatch closed = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                Stage stage = new Stage();
                stage.setOnHidden(event -> closed.countDown());
                FirstWindowTimer.attach(stage, exitAfterFirstWindow);
                ShellViewModel shell = new ShellViewModel(services, background, discovery, Platform::runLater);
                MainWindow window = new MainWindow(shell);
                window.show(stage);
                shell.startWatching(watch);
                if (!exitAfterFirstWindow) {
                    FirstRunSetup.offer(stage, shell, setup, background, window::showDiscovery);
                    window.setupAction(() -> FirstRunSetup.open(stage, shell, setup, background,
                            window::showDiscovery));
                }
            } catch (RuntimeException e) {
                LOG.error("Could not open the main window", e);
                closed.countDown();
            }
        });
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            watch.shutdown();
            background.shutdown();
            // not shutdownNow: an interrupt would close the store's file under a write
            discovery.shutdown();
            if (startedHere) {
                Platform.exit();
            }
        }
    }
}
