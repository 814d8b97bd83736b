package org.netboxauto.app;

import java.nio.file.Path;
import java.util.Optional;
import org.netboxauto.cli.ExitCodes;
import org.netboxauto.cli.GuiLauncher;
import org.netboxauto.config.ConfigLocations;
import org.netboxauto.service.CompareService;
import org.netboxauto.service.ConfigService;
import org.netboxauto.service.ConnectionTesters;
import org.netboxauto.service.DiscoveryService;
import org.netboxauto.service.HostService;
import org.netboxauto.service.ReviewService;
import org.netboxauto.service.SetupService;
import org.netboxauto.service.StatusService;
import org.netboxauto.ui.DesktopApp;
import org.netboxauto.ui.ShellServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens the desktop app over the same services the CLI uses. */
final class DesktopLauncher implements GuiLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopLauncher.class);

    private final ConfigService config;
    private final ConfigLocations locations;
    private final StatusService status;
    private final DiscoveryService discovery;
    private final HostService hosts;
    private final ReviewService reviews;
    private final CompareService compare;
    private final Path windowStateFile;

    DesktopLauncher(ConfigService config, ConfigLocations locations, StatusService status,
            DiscoveryService discovery, HostService hosts, ReviewService reviews, CompareService compare,
            Path windowStateFile) {
        this.reviews = reviews;
        this.config = config;
        this.locations = locations;
        this.status = status;
        this.discovery = discovery;
        this.hosts = hosts;
        this.compare = compare;
        this.windowStateFile = windowStateFile;
    }

    @Override
    public int launch(Optional<Path> configFile, boolean exitAfterFirstWindow) {
        try {
            SetupService setup = new SetupService(locations, configFile, ConnectionTesters.available());
            DesktopApp.launch(services(configFile), setup, exitAfterFirstWindow);
            return ExitCodes.OK;
        } catch (UnsupportedOperationException | UnsatisfiedLinkError | IllegalStateException e) {
            LOG.debug("desktop toolkit did not start", e);
            System.err.println("netbox-auto: cannot open the desktop app: " + e.getMessage()
                    + (System.getenv("DISPLAY") == null ? " (no DISPLAY is set)" : "")
                    + ". Use a command instead, e.g. netbox-auto status; see netbox-auto --help.");
            return ExitCodes.FAILURE;
        }
    }

    private ShellServices services(Optional<Path> configFile) {
        return new AppShellServices(configFile, config, status, discovery, hosts, reviews, compare,
                windowStateFile);
    }
}
