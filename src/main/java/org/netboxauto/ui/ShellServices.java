package org.netboxauto.ui;

import org.netboxauto.ui.diff.DiffServices;
import org.netboxauto.ui.discovery.DiscoveryServices;
import org.netboxauto.ui.push.PushServices;
import org.netboxauto.ui.review.ReviewServices;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.netboxauto.config.LoadedConfig;
import org.netboxauto.service.StatusReport;

/** What the desktop shell needs from the application; implemented by the wiring. Called off the FX thread. */
public interface ShellServices extends DiscoveryServices, ReviewServices, DiffServices, PushServices,
        org.netboxauto.ui.topology.TopologyServices {

    /** Looks for and reads the configuration again; never throws, problems are in the result. */
    LoadedConfig loadConfig();

    /**
     * Writes the documented starter config to the default place, or beside an existing config file
     * as {@code NAME.example}, and returns where.
     *
     * @throws java.nio.file.FileAlreadyExistsException when that file is already there too
     */
    Path writeStarterConfig() throws IOException;

    /** @throws org.netboxauto.service.StoreUnavailableException when the store cannot be opened */
    StatusReport status();

    /**
     * Takes the alerts waiting for the desktop channels ({@code alerts.channels} with {@code desktop { }}),
     * each once; alerts of runs before this app opened are taken without being returned.
     */
    default java.util.List<org.netboxauto.service.AlertService.DesktopAlert> takeDesktopAlerts() {
        return java.util.List.of();
    }

    /**
     * A text that changes whenever any process wrote the store (a run, a decision, a push); empty without a
     * valid config. Cheap enough to ask every second.
     *
     * @throws org.netboxauto.service.StoreUnavailableException when the store cannot be opened
     */
    default Optional<String> storeStamp() {
        return Optional.empty();
    }

    /** The config file's size and time, to notice an edit on disk; empty when there is no such file. */
    default Optional<String> configFileStamp() {
        return Optional.empty();
    }

    /** Edits the config file in use (or writes it where {@code config init} would). */
    org.netboxauto.service.SettingsService settings();

    /** The small file that keeps the window's size, place and open tab between runs. */
    Path windowStateFile();
}
