package org.netboxauto.ui.status;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.netboxauto.core.HostCounts;
import org.netboxauto.core.TimeText;
import org.netboxauto.service.StatusReport;
import org.netboxauto.ui.ShellServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The bottom line of the window: where the store and config are, when discovery last ran. */
public final class StatusBarViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(StatusBarViewModel.class);

    private final ShellServices services;
    private final Executor background;
    private final Executor fx;
    private final ZoneId zone;
    private final ReadOnlyStringWrapper store = new ReadOnlyStringWrapper(this, "store", "Store: loading…");
    private final ReadOnlyStringWrapper configFile = new ReadOnlyStringWrapper(this, "configFile", "");
    private final ReadOnlyStringWrapper lastRun = new ReadOnlyStringWrapper(this, "lastRun", "");
    private final ReadOnlyStringWrapper hosts = new ReadOnlyStringWrapper(this, "hosts", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed", false);
    private Optional<String> storeLocation = Optional.empty();

    public StatusBarViewModel(ShellServices services, Executor background, Executor fx) {
        this(services, background, fx, ZoneId.systemDefault());
    }

    public StatusBarViewModel(ShellServices services, Executor background, Executor fx, ZoneId zone) {
        this.services = services;
        this.background = background;
        this.fx = fx;
        this.zone = zone;
    }

    /** Shows that fresh numbers are on their way; call on the FX thread. */
    public void loading() {
        failed.set(false);
        problem.set("");
        store.set("Store: loading…");
    }

    /** Fetches the status on the background executor; call from any thread. */
    public void load() {
        background.execute(() -> {
            try {
                StatusReport report = services.status();
                fx.execute(() -> apply(report));
            } catch (RuntimeException e) {
                if (Thread.currentThread().isInterrupted()) {
                    LOG.debug("Status load stopped: the window is closing");
                    return;
                }
                LOG.warn("Status unavailable: {}", e.getMessage());
                LOG.debug("Status failure", e);
                String message = e.getMessage() == null ? "an unexpected error; details are in the log file" : e.getMessage();
                fx.execute(() -> fail(message));
            }
        });
    }

    void apply(StatusReport report) {
        failed.set(false);
        problem.set("");
        storeLocation = Optional.of(report.store());
        store.set("Store: " + report.store());
        showConfigFile(report.config());
        lastRun.set("Last run: " + report.lastRun().map(this::format).orElse("never"));
        hosts.set(describe(report.hosts()));
    }

    void fail(String message) {
        failed.set(true);
        problem.set("Store unavailable: " + message);
        store.set("Store unavailable");
        lastRun.set("");
        hosts.set("");
    }

    /** The config file is known before the store answers; call on the FX thread. */
    public void showConfigFile(Optional<Path> file) {
        configFile.set(file.map(path -> "Config: " + path).orElse("No config file"));
    }

    private String format(Instant instant) {
        return TimeText.text(instant, zone);
    }

    private static String describe(HostCounts counts) {
        if (counts.total() == 0) {
            return "No hosts yet";
        }
        return counts.total() + " hosts · " + counts.pending() + " pending · " + counts.approved() + " approved";
    }

    /** The store as last reported, empty while loading or when it failed. */
    public Optional<String> storeLocation() {
        return failed.get() ? Optional.empty() : storeLocation;
    }

    public ReadOnlyStringProperty storeProperty() {
        return store.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty configFileProperty() {
        return configFile.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastRunProperty() {
        return lastRun.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hostsProperty() {
        return hosts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }
}
