package org.netboxauto.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.netboxauto.config.LoadedConfig;
import org.netboxauto.ui.config.ConfigBannerViewModel;
import org.netboxauto.ui.diff.DiffViewModel;
import org.netboxauto.ui.discovery.DiscoveryViewModel;
import org.netboxauto.ui.push.PushViewModel;
import org.netboxauto.ui.review.ReviewViewModel;
import org.netboxauto.ui.status.StatusBarViewModel;

/**
 * The shell's state: the loaded config and the status, both fetched on the background executor
 * and applied on the FX executor, so the window never waits for the disk or the store.
 */
public final class ShellViewModel {

    private final ShellServices services;
    private final Executor background;
    private final Executor fx;
    private final ObjectProperty<LoadedConfig> config = new SimpleObjectProperty<>(this, "config");
    private final StatusBarViewModel status;
    private final ConfigBannerViewModel banner;
    private final DiscoveryViewModel discovery;
    private final DiffViewModel diff;
    private final ReviewViewModel review;
    private final PushViewModel push;
    private final org.netboxauto.ui.topology.TopologyViewModel topology;
    private Runnable showReview = () -> { };
    private final LiveUpdates live;
    private final javafx.collections.ObservableList<org.netboxauto.service.AlertService.DesktopAlert> desktopAlerts =
            javafx.collections.FXCollections.observableArrayList();

    public ShellViewModel(ShellServices services, Executor background, Executor fx) {
        this(services, background, background, fx);
    }

    /** @param discoveryWorker runs discovery, so that a long run never holds up status or config loads */
    public ShellViewModel(ShellServices services, Executor background, Executor discoveryWorker, Executor fx) {
        this.services = services;
        this.background = background;
        this.fx = fx;
        this.status = new StatusBarViewModel(services, background, fx);
        this.banner = new ConfigBannerViewModel(services, background, fx, this::reload);
        Path windowState = services.windowStateFile();
        // the push reads NetBox and writes it for a while: on the worker that discovery and the diff use
        this.push = new PushViewModel(services, services, services, discoveryWorker, background, fx);
        this.review = new ReviewViewModel(services, background, fx,
                windowState == null ? null : windowState.resolveSibling("review.properties"), () -> {
                    status.load();
                    push.hostsChanged();
                });
        this.discovery = new DiscoveryViewModel(services, discoveryWorker, fx, () -> {
            status.load();
            review.refresh();
            push.hostsChanged();
            topologyChanged();
        });
        this.diff = new DiffViewModel(services, discoveryWorker, fx);
        this.topology = new org.netboxauto.ui.topology.TopologyViewModel(services, background, fx, mac -> {
            showReview.run();
            review.reveal(mac);
        });
        diff.comparedProperty().addListener((obs, old, rows) -> review.netboxCompared(
                org.netboxauto.ui.review.InNetBox.of(rows)));
        this.live = new LiveUpdates(services, fx, this::storeChanged, this::configChangedOnDisk,
                taken -> desktopAlerts.setAll(taken));
        config.addListener((obs, old, loaded) -> {
            banner.show(loaded);
            status.showConfigFile(loaded.file());
        });
    }

    /**
     * Reads the config, then the status; each result is applied as soon as it arrives. The Review tab's hosts
     * are read next, before that tab is first opened, so that opening it shows them at once.
     */
    public void reload() {
        status.loading();
        background.execute(() -> {
            LoadedConfig loaded = services.loadConfig();
            fx.execute(() -> config.set(loaded));
            if (loaded.config().isPresent()) {
                live.baseline();
            }
            status.load();
            if (loaded.config().isPresent()) {
                fx.execute(review::loadOnce);
            }
        });
    }

    /** Watches the store and the config file every second on {@code timer} until {@link #stopWatching}. */
    public void startWatching(ScheduledExecutorService timer) {
        live.start(timer);
    }

    public void stopWatching() {
        live.stop();
    }

    /** F5: reads the config, the status and every tab's rows again now. */
    public void refreshNow() {
        reload();
        storeChanged();
    }

    /** Another process wrote the store: every tab and the status bar read it again, keeping what is selected. */
    void storeChanged() {
        status.load();
        review.refresh();
        discovery.lastRunChanged();
        push.hostsChanged();
        topologyChanged();
    }

    /** The map is drawn again only once it was first shown. */
    private void topologyChanged() {
        if (topology.loadedProperty().get()) {
            topology.load();
        }
    }

    private void configChangedOnDisk() {
        banner.changedOnDisk();
        reload();
    }

    /** The shell's worker, for small chores such as keeping a setting. */
    public java.util.concurrent.Executor background() {
        return background;
    }

    /** Edits the config file; call off the FX thread. */
    public org.netboxauto.service.SettingsService settings() {
        return services.settings();
    }

    public Path windowStateFile() {
        return services.windowStateFile();
    }

    public ReadOnlyObjectProperty<LoadedConfig> configProperty() {
        return config;
    }

    public Optional<LoadedConfig> config() {
        return Optional.ofNullable(config.get());
    }

    /** The desktop alerts taken last; replaced by each batch, for the notifier to show. */
    public javafx.collections.ObservableList<org.netboxauto.service.AlertService.DesktopAlert> desktopAlerts() {
        return desktopAlerts;
    }

    public StatusBarViewModel status() {
        return status;
    }

    public DiscoveryViewModel discovery() {
        return discovery;
    }

    public DiffViewModel diff() {
        return diff;
    }

    public PushViewModel push() {
        return push;
    }

    public org.netboxauto.ui.topology.TopologyViewModel topology() {
        return topology;
    }

    /** What brings the Review tab forward when the Topology tab shows a host there. */
    public void onShowInReview(Runnable show) {
        this.showReview = show;
    }

    public ReviewViewModel review() {
        return review;
    }

    public ConfigBannerViewModel banner() {
        return banner;
    }
}
