package org.netboxauto.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.netboxauto.service.AlertService;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks every second, off the FX thread, whether another process wrote the store or someone edited the
 * config file, and tells the shell; the stamps are cheap (docs/adr/0020).
 */
final class LiveUpdates {

    private static final Logger LOG = LoggerFactory.getLogger(LiveUpdates.class);
    static final long PERIOD_MS = 1000;

    private final ShellServices services;
    private final Executor fx;
    private final Runnable storeChanged;
    private final Runnable configChanged;
    private final Consumer<List<AlertService.DesktopAlert>> alerts;
    private String lastStore;
    /** The store as the desktop alerts were last taken: not reset by a reload, so none is missed. */
    private String alertsTakenAt;
    private String lastConfig;
    private boolean storeFailing;
    private ScheduledFuture<?> task;

    LiveUpdates(ShellServices services, Executor fx, Runnable storeChanged, Runnable configChanged,
            Consumer<List<AlertService.DesktopAlert>> alerts) {
        this.alerts = alerts;
        this.services = services;
        this.fx = fx;
        this.storeChanged = storeChanged;
        this.configChanged = configChanged;
    }

    void start(ScheduledExecutorService timer) {
        task = timer.scheduleWithFixedDelay(this::poll, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** Forgets what was seen, so that a reload done now is not reported again as a change. */
    synchronized void seenNow() {
        lastStore = null;
        lastConfig = null;
    }

    /**
     * Takes the store's stamp before the tabs read the store, so that a change another process makes after it
     * reloads them even when it lands before the first tick: the first tick would otherwise take the changed
     * store for the one the tabs show.
     */
    synchronized void baseline() {
        try {
            services.storeStamp().ifPresent(stamp -> lastStore = stamp);
        } catch (RuntimeException e) {
            LOG.debug("Could not read the store's change stamp before loading the tabs: {}", e.getMessage());
        }
    }

    synchronized void poll() {
        try {
            check();
        } catch (RuntimeException e) {
            // a scheduled task that throws is never run again: the watch must outlive any one failure
            LOG.warn("Watching the store and the config file failed once: {}", e.getMessage());
            LOG.debug("Watch failure", e);
        }
    }

    private void check() {
        String config = services.configFileStamp().orElse("");
        if (lastConfig != null && !config.equals(lastConfig)) {
            LOG.info("The config file changed on disk; reloading it");
            fx.execute(configChanged);
        }
        lastConfig = config;
        Optional<String> store;
        try {
            store = services.storeStamp();
            storeFailing = false;
        } catch (RuntimeException e) {
            // the status bar says why the store cannot be read; say it here once, not every second
            if (!storeFailing) {
                LOG.info("Cannot watch the store for changes: {}", e.getMessage());
            }
            storeFailing = true;
            return;
        }
        if (store.isPresent()) {
            if (lastStore != null && !store.get().equals(lastStore)) {
                fx.execute(storeChanged);
            }
            lastStore = store.get();
            if (!store.get().equals(alertsTakenAt)) {
                alertsTakenAt = store.get();
                takeAlerts();
            }
        }
    }

    /** A run this app or another process made may have left alerts for the desktop channels. */
    private void takeAlerts() {
        try {
            List<AlertService.DesktopAlert> taken = services.takeDesktopAlerts();
            if (!taken.isEmpty()) {
                fx.execute(() -> alerts.accept(taken));
            }
        } catch (RuntimeException e) {
            LOG.info("Could not take the desktop alerts from the store: {}", e.getMessage());
        }
    }
}
