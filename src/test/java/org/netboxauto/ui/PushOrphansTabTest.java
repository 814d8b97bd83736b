package org.netboxauto.ui;

import static org.netboxauto.ui.FxCalls.onFx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.core.push.ActionVerb;
import org.netboxauto.netbox.fake.FakeNetBox;
import org.netboxauto.netbox.fake.FakeSeed;
import org.netboxauto.netbox.fake.NetBoxMode;
import org.netboxauto.testsupport.Peers;
import org.netboxauto.ui.push.ActionRow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Push tab's orphans: tagged devices whose host is long gone are listed under the plan, unticked and
 * out of it; a tick and "Preview again" put exactly that one in, and no button that writes is the default.
 */
class PushOrphansTabTest {

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
        nb.create("/api/extras/tags/", "{\"name\": \"netbox-auto\", \"slug\": \"netbox-auto\"}");
    }

    @AfterEach
    void close() throws Exception {
        if (nb == null) {
            return;
        }
        WindowTeardown.closeAll(background, worker);
        nb.close();
    }

    @Test
    void orphansAreListedUntickedAndOnlyTheTickedOneIsPlanned() throws Exception {
        // the store's hosts were last seen on 2025-03-04: their tagged devices are long gone
        tagged("old-nas", "02:00:00:00:00:00", "10.0.0.1/24");
        tagged("old-printer", "02:00:00:00:00:01", "10.0.0.2/24");
        TempDirShellServices services = new TempDirShellServices(dir).withConfigFile("netbox { url = \"" + nb.url()
                + "\", token = ${?NETBOX_TOKEN} }\nnetbox.defaults { site = hq, role = server, device-type = server }\n")
                .withHosts(3, 3, 0);
        open(services, 1920, 1080);

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> visible("3 of 3 approved hosts match the filter"));
        press("Preview");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> visibleStartingWith("Gone for long  ·  2 tagged"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> checkBox("Remove: device old-nas").isPresent());
        assertThat(checkBox("Remove: device old-nas").orElseThrow().isSelected()).isFalse();
        assertThat(rows()).noneMatch(r -> r.action().verb() == ActionVerb.DELETE);
        Screenshots.save(stage.getScene(), "push-orphans-1920.png");

        robot.clickOn((Node n) -> n instanceof CheckBox c && c.getText().startsWith("Remove: device old-nas"));
        press("Preview again");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> rows().stream()
                .anyMatch(r -> r.action().verb() == ActionVerb.DELETE));
        assertThat(rows()).filteredOn(r -> r.action().verb() == ActionVerb.DELETE)
                .extracting(r -> r.action().summary()).containsExactly("delete device old-nas");
        assertThat(checkBox("Remove: device old-nas").orElseThrow().isSelected()).isTrue();
        assertThat(checkBox("Remove: device old-printer").orElseThrow().isSelected()).isFalse();
        assertThat(checkBox("device old-nas (#")).as("listed once, as an orphan, not among the removable").isEmpty();
        assertThat(onFx(() -> robot.lookup((Node n) -> n instanceof Button b && b.isDefaultButton()
                && b.isVisible()).queryAll().stream().map(n -> ((Button) n).getText()).toList()))
                .noneMatch(t -> t.startsWith("_Apply") || t.startsWith("Apply"));
        assertThat(nb.rows("dcim.device")).anyMatch(d -> d.path("name").asText().equals("old-nas"));
        Screenshots.save(stage.getScene(), "push-orphans-picked-1920.png");
        onFx(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(stage.getScene(), "push-orphans-picked-1366.png");
    }

    private void tagged(String name, String mac, String ip) {
        long id = nb.create("/api/dcim/devices/", "{\"name\": \"" + name + "\", \"device_type\": {\"slug\": \"server\"},"
                + " \"role\": {\"slug\": \"server\"}, \"site\": {\"slug\": \"hq\"},"
                + " \"tags\": [{\"slug\": \"netbox-auto\"}]}").get("id").asLong();
        FakeSeed.addressHost(nb, "dcim.interface", FakeSeed.interfaceId(nb, id, "eth0"), mac, ip);
    }

    private void open(TempDirShellServices services, double width, double height) throws Exception {
        background = BackgroundExecutor.create("test-ui-worker");
        worker = BackgroundExecutor.create("test-ui-discovery");
        WaitForAsyncUtils.asyncFx(() -> {
            stage = new Stage();
            new MainWindow(new ShellViewModel(services, background, worker, Platform::runLater)).show(stage);
            stage.setWidth(width);
            stage.setHeight(height);
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Push");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private java.util.Optional<CheckBox> checkBox(String start) {
        return onFx(() -> robot.lookup((Node n) -> n instanceof CheckBox c && c.getText() != null
                && c.getText().startsWith(start) && c.isVisible()).tryQuery().map(CheckBox.class::cast));
    }

    @SuppressWarnings("unchecked")
    private List<ActionRow> rows() {
        return onFx(() -> List.copyOf(robot.lookup(".push-actions").queryAs(TableView.class).getItems()));
    }

    private void press(String label) {
        robot.clickOn((Node n) -> n instanceof Button b && b.getText() != null && b.getScene() != null
                && b.isVisible() && !b.isDisabled() && b.getText().replace("_", "").startsWith(label));
    }

    private boolean visible(String text) {
        return onFx(() -> robot.lookup((Node n) -> n instanceof Labeled l && text.equals(l.getText())
                && l.getScene() != null && l.isVisible()).tryQuery().isPresent());
    }

    private boolean visibleStartingWith(String text) {
        return onFx(() -> robot.lookup((Node n) -> n instanceof Labeled l && l.getText() != null
                && l.getText().startsWith(text) && l.getScene() != null && l.isVisible()).tryQuery().isPresent());
    }

}
