package org.netboxauto.ui;

import java.io.IOException;
import java.nio.file.Path;

/** Launches the real shell over a temp folder and exits after the first window; run by {@link DesktopAppTest}. */
public final class ShellSmokeMain {

    private ShellSmokeMain() {
    }

    public static void main(String[] args) throws IOException {
        DesktopApp.launch(new TempDirShellServices(Path.of(args[0])).withConfigFile(), true);
    }
}
