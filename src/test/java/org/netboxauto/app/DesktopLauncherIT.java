package org.netboxauto.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.testsupport.Peers;

/** The packaged launcher opens the desktop app; the time to first window is printed, not asserted. */
class DesktopLauncherIT {

    private static final Map<String, String> WITH_CACHE = Map.of("NETBOX_AUTO_AOT", "1");

    @TempDir
    Path home;

    @Test
    void theLauncherOpensTheWindowAndReportsTheTimeToFirstWindow() throws Exception {
        Peers.requireDisplay();
        Launcher launcher = new Launcher(home);
        assertThat(launcher.run("config", "init").exit()).isZero();

        long best = Long.MAX_VALUE;
        StringBuilder runs = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            Launcher.Result r = launcher.run(WITH_CACHE, "gui", "--measure-startup");
            assertThat(r.exit()).as(r.err()).isZero();
            Matcher m = Pattern.compile("first-window-ms=(\\d+)").matcher(r.out());
            assertThat(m.find()).as("stdout: " + r.out()).isTrue();
            long ms = Long.parseLong(m.group(1));
            runs.append(i == 0 ? "" : ", ").append(ms);
            if (i > 0) {
                best = Math.min(best, ms);
            }
            // the first run records the class list; the cache is then built in the background
            waitForCache(i);
        }
        System.out.println("[startup] time to first window, packaged launcher: runs " + runs
                + " ms (first run records the AOT cache); best cached " + best + " ms (target 2000 ms)");
    }

    private void waitForCache(int run) throws InterruptedException {
        Path cacheDir = home.resolve(".cache/netbox-auto");
        for (int i = 0; run == 0 && i < 240 && !LauncherIT.hasFile(cacheDir, "desktop-", ".aot"); i++) {
            Thread.sleep(250);
        }
    }

    @Test
    void withoutAConfigTheWindowStillOpens() throws Exception {
        Peers.requireDisplay();
        Launcher.Result r = new Launcher(home).run("gui", "--measure-startup");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("first-window-ms=");
    }
}
