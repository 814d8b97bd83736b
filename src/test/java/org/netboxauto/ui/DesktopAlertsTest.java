package org.netboxauto.ui;

import static org.netboxauto.ui.FxCalls.onFx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.app.Main;
import org.netboxauto.testsupport.ChildJvm;
import org.netboxauto.testsupport.Peers;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The open desktop app shows the alerts of a desktop channel for runs another process (the real CLI)
 * makes while it is open: each once, filtered like any channel, and none for runs before it opened.
 */
class DesktopAlertsTest {

    private final FxRobot robot = new FxRobot();
    private ExecutorService background;
    private ScheduledExecutorService watch;
    private Stage stage;

    @TempDir
    Path dir;

    @BeforeEach
    void display() throws Exception {
        Peers.requireFxToolkit();
    }

    @AfterEach
    void close() throws Exception {
        WindowTeardown.closeAll(watch, background);
    }

    @Test
    void runsOfAnotherProcessWhileTheAppIsOpenAreShownOnceAndFiltered() throws Exception {
        Path leases = dir.resolve("dnsmasq.leases");
        Files.writeString(leases, "0 00:1b:a9:00:00:01 10.66.0.11 printer-old *\n");
        String url = "jdbc:h2:file:" + dir.resolve("data").resolve("store").toAbsolutePath();
        TempDirShellServices services = new TempDirShellServices(dir).withConfigFile(TempDirShellServices.GOOD_CONFIG
                + "store.url = \"" + url + "\"\n"
                + "sources.dnsmasq = [ { name = office, path = \"" + leases + "\" } ]\n"
                + "alerts.channels = [\n"
                + "  { name = desk, desktop { hide-after = 120s }, events = [new], subnets = [\"10.66.0.0/24\"] }\n"
                + "  { name = gone-only, desktop { }, events = [gone] }\n"
                + "]\n");
        discover(services, "before");

        open(services);
        Thread.sleep(2500); // the watch took the earlier run's alert, and must not show it
        assertThat(notifications()).as("alerts of a run before the app opened").isEmpty();

        Files.writeString(leases, """
                0 00:1b:a9:00:00:01 10.66.0.11 printer-old *
                0 3c:22:fb:00:00:10 10.66.0.20 laptop-ana *
                0 3c:22:fb:00:00:11 10.66.0.21 laptop-ben *
                0 3c:22:fb:00:00:12 10.99.0.22 lab-box *
                """);
        discover(services, "while-open");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> notifications().size() == 2);
        List<String> shown = notifications();
        assertThat(shown).allSatisfy(t -> assertThat(t).startsWith("new host laptop-"));
        assertThat(String.join("\n", shown)).contains("laptop-ana 10.66.0.20 (3c:22:fb:00:00:10")
                .contains("laptop-ben 10.66.0.21").doesNotContain("lab-box");
        assertThat(titles()).containsOnly("Alert: new host");
        Screenshots.saveScreen(stage, "desktop-alerts-1366x768.png");

        Thread.sleep(2500);
        assertThat(notifications()).as("each shown once").hasSize(2);
    }

    private void discover(TempDirShellServices services, String name) throws Exception {
        Path log = dir.resolve(name + ".log");
        Process child = ChildJvm.start(Main.class, log, Map.of("NETBOX_TOKEN", TempDirShellServices.TOKEN,
                "ROUTER_PASSWORD", "router-secret-1", "XDG_DATA_HOME", dir.resolve("xdg-data").toString()),
                "--config", services.configFile().toString(), "discover", "--source", "office");
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(Files.readString(log)).isZero();
    }

    private void open(TempDirShellServices services) throws Exception {
        background = BackgroundExecutor.create("test-ui-worker");
        watch = BackgroundExecutor.scheduled("test-watch");
        WaitForAsyncUtils.asyncFx(() -> {
            stage = new Stage();
            ShellViewModel shell = new ShellViewModel(services, background, background, Platform::runLater);
            new MainWindow(shell).show(stage);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1366);
            stage.setHeight(768);
            shell.startWatching(watch);
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The texts of the notifications on screen. */
    private List<String> notifications() {
        return labels().stream().filter(t -> !t.startsWith("Alert:")).toList();
    }

    private List<String> titles() {
        return labels().stream().filter(t -> t.startsWith("Alert:")).toList();
    }

    private List<String> labels() {
        return onFx(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null)
                .flatMap(w -> w.getScene().getRoot().lookupAll(".notification-bar").stream())
                .flatMap(bar -> bar.lookupAll(".label").stream())
                .map(n -> ((Labeled) n).getText()).filter(t -> t != null && !t.isBlank()).toList());
    }

}
