package org.netboxauto.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.netbox.fake.FakeNetBox;
import org.netboxauto.netbox.fake.FakeSeed;
import org.netboxauto.netbox.fake.NetBoxMode;
import org.netboxauto.testsupport.Peers;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The NetBox diff tab over the real store and the NetBox fake on loopback. */
class NetBoxDiffTabTest {

    private final FxRobot robot = new FxRobot();
    private ExecutorService background;
    private ExecutorService worker;
    private FakeNetBox nb;
    private Stage stage;

    @TempDir
    Path dir;

    @BeforeEach
    void display() throws Exception {
        Peers.requireFxToolkit();
        nb = FakeNetBox.start(NetBoxMode.V4_6);
        FakeSeed.small(nb);
        server(nb, "host-0", "02:00:00:00:00:00", "10.0.0.1/24");
        server(nb, "host-1", "02:00:00:00:00:01", "10.0.0.99/24");
        server(nb, "renamed", "02:00:00:00:00:02", "10.0.0.3/24");
        server(nb, "twin-a", "02:00:00:00:00:04", "10.0.0.205/24");
        server(nb, "twin-b", "02:00:00:00:00:04", "10.0.0.206/24");
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        for (ExecutorService e : new ExecutorService[] {background, worker}) {
            if (e != null) {
                e.shutdownNow();
            }
        }
        nb.close();
    }

    @Test
    void showsBothSidesWithCountsFiltersAndLinks() throws Exception {
        TempDirShellServices services = new TempDirShellServices(dir)
                .withConfigFile("netbox { url = \"" + nb.url() + "\", token = ${?NETBOX_TOKEN} }\n")
                .withHosts(8, 6, 1);
        open(services);
        robot.clickOn("NetBox diff");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible("Not compared yet: press Refresh to read NetBox.")).isTrue();

        robot.clickOn("Refresh");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> visibleStartingWith("NetBox 4.6.0 at " + nb.url()));

        assertThat(visible("All 11")).isTrue();
        assertThat(visible("Same 1")).isTrue();
        assertThat(visible("Different 2")).isTrue();
        assertThat(visible("Only discovered 3")).isTrue();
        assertThat(visible("Only in NetBox 4")).isTrue();
        assertThat(visible("Ambiguous 1")).isTrue();
        assertThat(table().getItems()).hasSize(11);
        Screenshots.save(stage.getScene(), "netbox-diff-all.png");

        robot.clickOn("Different 2");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table().getItems()).hasSize(2);
        assertThat(onFx(() -> robot.lookup(".diff-changed").queryAll().stream()
                .map(n -> ((Labeled) n).getText()).toList())).contains("10.0.0.2", "10.0.0.99/24", "host-2",
                "renamed");
        Screenshots.save(stage.getScene(), "netbox-diff-different.png");

        robot.clickOn("Ambiguous 1");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible("2 candidates: device twin-a, device twin-b")).isTrue();
        robot.clickOn("host-4");
        assertThat(visibleStartingWith("Ambiguous: MAC 02:00:00:00:00:04 is on 2 NetBox objects: device twin-a,"
                + " device twin-b")).isTrue();
        Screenshots.save(stage.getScene(), "netbox-diff-ambiguous.png");

        robot.clickOn("Same 1");
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn("device host-0");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !services.opened().isEmpty());
        assertThat(services.opened().getFirst()).startsWith(nb.url() + "/dcim/devices/");
        assertThat(nb.schemaViolations()).isEmpty();
    }

    private static void server(FakeNetBox nb, String name, String mac, String ip) {
        long id = nb.create("/api/dcim/devices/", "{\"name\": \"" + name + "\", \"device_type\": {\"slug\": \"server\"},"
                + " \"role\": {\"slug\": \"server\"}, \"site\": {\"slug\": \"hq\"}}").get("id").asLong();
        FakeSeed.addressHost(nb, "dcim.interface", FakeSeed.interfaceId(nb, id, "eth0"), mac, ip);
    }

    private void open(TempDirShellServices services) throws Exception {
        background = BackgroundExecutor.create("test-ui-worker");
        worker = BackgroundExecutor.create("test-ui-discovery");
        WaitForAsyncUtils.asyncFx(() -> {
            stage = new Stage();
            new MainWindow(new ShellViewModel(services, background, worker, Platform::runLater)).show(stage);
            stage.setWidth(1500);
            stage.setHeight(700);
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TableView<?> table() {
        return onFx(() -> robot.lookup(".diff-table").queryAs(TableView.class));
    }

    private boolean visible(String text) {
        return onFx(() -> robot.lookup((Node n) -> n instanceof Labeled l && text.equals(l.getText())
                && l.getScene() != null).tryQuery().isPresent());
    }

    private boolean visibleStartingWith(String text) {
        return onFx(() -> robot.lookup((Node n) -> n instanceof Labeled l && l.getText() != null
                && l.getText().startsWith(text) && l.getScene() != null).tryQuery().isPresent());
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> query) {
        try {
            return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
