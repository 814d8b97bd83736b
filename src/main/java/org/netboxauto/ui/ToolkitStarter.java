package org.netboxauto.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit on its own thread, so that its native start-up overlaps with the
 * rest of the app's (logging, command line, config).
 */
public final class ToolkitStarter {

    private static final AtomicBoolean REQUESTED = new AtomicBoolean();
    private static final CompletableFuture<Boolean> STARTED = new CompletableFuture<>();

    private ToolkitStarter() {
    }

    /** Begins starting the toolkit; returns at once. Safe to call more than once. */
    public static void startEarly() {
        if (!REQUESTED.compareAndSet(false, true)) {
            return;
        }
        Thread starter = new Thread(ToolkitStarter::start, "netbox-auto-fx-start");
        starter.setDaemon(true);
        starter.start();
    }

    /**
     * Waits until the toolkit runs.
     *
     * @return true when this class started it, false when it was already running (tests)
     * @throws UnsupportedOperationException when it cannot start, e.g. without a display
     */
    static boolean awaitRunning() {
        startEarly();
        try {
            return STARTED.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the desktop toolkit started", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException r ? r
                    : new UnsupportedOperationException(String.valueOf(cause.getMessage()), cause);
        }
    }

    private static void start() {
        try {
            Platform.startup(() -> STARTED.complete(true));
        } catch (IllegalStateException alreadyRunning) {
            STARTED.complete(false);
        } catch (RuntimeException | Error e) {
            STARTED.completeExceptionally(e);
        }
    }
}
