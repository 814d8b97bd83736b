package org.netboxauto.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.netboxauto.cli.ExitCodes;
import org.netboxauto.cli.GuiLauncher;
import org.netboxauto.config.ConfigLocations;
import org.netboxauto.service.ConnectionTesters;
import org.netboxauto.service.SetupService;
import org.netboxauto.ui.DesktopApp;
import org.netboxauto.ui.ShellServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens the desktop app over the same services the CLI uses. */
final class DesktopLauncher implements GuiLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopLauncher.class);

    private final ConfigLocations locations;
    private final Function<Optional<Path>, ShellServices> services;

    /** @param services the shell's services over the config file the app was started with */
    DesktopLauncher(ConfigLocations locations, Function<Optional<Path>, ShellServices> services) {
        this.locations = locations;
        this.services = services;
    }

    @Override
    public int launch(Optional<Path> configFile, boolean exitAfterFirstWindow) {
        try {
            SetupService setup = new SetupService(locations, configFile, ConnectionTesters.available());
            DesktopApp.launch(services.apply(configFile), setup, exitAfterFirstWindow);
            return ExitCodes.OK;
        } catch (UnsupportedOperationException | UnsatisfiedLinkError | IllegalStateException e) {
            LOG.debug("desktop toolkit did not start", e);
            System.err.println("netbox-auto: cannot open the desktop app: " + e.getMessage()
                    + (System.getenv("DISPLAY") == null ? " (no DISPLAY is set)" : "")
                    + ". Use a command instead, e.g. netbox-auto status; see netbox-auto --help.");
            return ExitCodes.FAILURE;
        }
    }
}
