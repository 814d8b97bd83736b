package org.netboxauto.cli;

import java.nio.file.Path;
import java.util.Optional;

/** Opens the desktop app; implemented by the wiring so the CLI never touches JavaFX. */
@FunctionalInterface
public interface GuiLauncher {

    /** Blocks until the window closes; returns the exit code. */
    int launch(Optional<Path> configFile, boolean exitAfterFirstWindow);
}
