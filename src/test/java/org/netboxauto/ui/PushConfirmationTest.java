package org.netboxauto.ui;

import static org.netboxauto.ui.FxCalls.onFx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.netbox.fake.FakeNetBox;
import org.netboxauto.netbox.fake.FakeSeed;
import org.netboxauto.netbox.fake.NetBoxMode;
import org.netboxauto.testsupport.Peers;
import org.netboxauto.ui.push.ActionRow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * No push writes without a deliberate yes: the keyboard alone, Enter after Enter, Space and Tab,
 * never gets past the confirmation, whose default is Cancel; its write button does write.
 */
class PushConfirmationTest {

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
        nb.create("/api/dcim/devices/", "{\"name\": \"retired-nas\", \"device_type\": {\"slug\": \"server\"},"
                + " \"role\": {\"slug\": \"server\"}, \"site\": {\"slug\": \"hq\"}, \"tags\": [{\"slug\": \"netbox-auto\"}]}");
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
    void enterSpaceAndTabFromScopeNeverWrite() throws Exception {
        open(1920, 1080);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> visible("3 of 3 approved hosts match the filter"));
        long before = nb.writes();

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> applyShown().isPresent());
        assertThat(onFx(() -> applyShown().get().isDefaultButton())).as("Apply is never the default button").isFalse();
        for (int round = 0; round < 4; round++) {
            robot.type(KeyCode.ENTER, KeyCode.ENTER, KeyCode.SPACE, KeyCode.ENTER);
            robot.type(KeyCode.TAB, KeyCode.ENTER, KeyCode.SPACE, KeyCode.ENTER, KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
        }
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !onFx(() -> robot.lookup(".push-plan .run-progress")
                .tryQuery().map(Node::isVisible).orElse(false)));
        if (applyShown().isEmpty()) {
            // Space may have pressed Back; Enter on the scope previews again
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> applyShown().isPresent());
        }
        // now on purpose onto Apply, as far as the keyboard goes: Space opens the confirmation
        focusApplyByTab();
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog().isPresent());
        assertThat(onFx(() -> cancelOf(dialog().get()).isFocused())).as("Cancel has the keyboard").isTrue();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog().isEmpty());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog().isPresent());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog().isEmpty());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog().isPresent());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog().isEmpty());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog().isPresent());
        // Tab onto the write button, then Enter: Enter still answers the default, Cancel
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> writeOf(dialog().get()).isFocused())).as("the write button has the keyboard").isTrue();
        Screenshots.save(dialog().get().getScene(), "push-confirm-1920x1080.png");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog().isEmpty());
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(nb.writes()).as("writes NetBox received").isEqualTo(before);
        assertThat(nb.requests()).noneMatch(r -> r.startsWith("POST") || r.startsWith("PATCH")
                || r.startsWith("DELETE"));
        assertThat(visible("Preview: what the push would change")).as("still on the preview").isTrue();
    }

    @Test
    void theConfirmationNamesNetBoxTheCountsAndEveryRemovalInRedAndWritesWhenConfirmed() throws Exception {
        open(1366, 768);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> visible("3 of 3 approved hosts match the filter"));
        press("Preview");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> applyShown().isPresent());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup((Node n) -> n instanceof CheckBox c
                && c.getText().startsWith("device retired-nas") && c.isVisible()).tryQuery().isPresent()));
        robot.clickOn((Node n) -> n instanceof CheckBox c && c.getText().startsWith("device retired-nas"));
        press("Preview again");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> applyShown().isPresent()
                && onFx(() -> applyShown().get().getText()).contains("changes"));
        Screenshots.save(stage.getScene(), "push-preview-1366x768.png");
        long before = nb.writes();

        press("Apply ");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog().isPresent());
        DialogPane pane = dialog().get();
        List<String> lines = onFx(() -> pane.lookupAll(".label").stream().map(n -> ((Labeled) n).getText()).toList());
        assertThat(onFx(pane::getHeaderText)).isEqualTo("This push writes to NetBox at " + nb.url() + "/");
        assertThat(lines).anyMatch(l -> l.matches("NetBox: \\d+ to create, \\d+ to update, 1 to remove"));
        assertThat(lines).contains("Removed for good (1):", "NetBox: device retired-nas");
        Label removal = onFx(() -> pane.lookupAll(".push-confirm-removal").stream().map(Label.class::cast)
                .filter(l -> l.getText().equals("NetBox: device retired-nas")).findFirst().orElseThrow());
        Color red = (Color) onFx(removal::getTextFill);
        assertThat(red.getRed()).as("removal in red: " + red).isGreaterThan(0.5);
        assertThat(red.getGreen()).isLessThan(0.3);
        assertThat(onFx(() -> cancelOf(pane).isDefaultButton())).isTrue();
        assertThat(onFx(() -> writeOf(pane).isDefaultButton())).isFalse();
        Screenshots.save(pane.getScene(), "push-confirm-1366x768.png");
        assertThat(nb.writes()).as("nothing written while asking").isEqualTo(before);

        robot.clickOn(onFx(() -> writeOf(pane)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup((Node n) -> n instanceof Button b
                && "_Summary".equals(b.getText()) && b.isVisible()).tryQuery().isPresent()));
        assertThat(nb.writes()).isGreaterThan(before);
        assertThat(nb.rows("dcim.device")).noneMatch(d -> d.path("name").asText().equals("retired-nas"))
                .anyMatch(d -> d.path("name").asText().equals("host-2"));
        assertThat(nb.schemaViolations()).isEmpty();
    }

    @Test
    void thePlanReadsByHostAndAnUntickedHostIsLeftOutOfTheNextPlan() throws Exception {
        open(1920, 1080);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> visible("3 of 3 approved hosts match the filter"));
        press("Preview");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> applyShown().isPresent());
        List<ActionRow> grouped = rows();
        // by host: each host's actions together, under its heading
        List<String> hosts = grouped.stream().map(ActionRow::host).distinct().toList();
        assertThat(hosts).containsExactly("device host-0 (new) · 02:00:00:00:00:00",
                "device host-1 (new) · 02:00:00:00:00:01", "device host-2 (new) · 02:00:00:00:00:02");
        assertThat(grouped.stream().map(ActionRow::host).toList()).isSortedAccordingTo(
                java.util.Comparator.comparingInt(hosts::indexOf));
        assertThat(grouped).filteredOn(r -> r.host().startsWith("device host-1 ")).extracting(r -> r.action().summary())
                .contains("create device host-1", "update primary IPv4 of host-1");
        assertThat(grouped).filteredOn(r -> r.action().summary().equals("create device host-1")).singleElement()
                .satisfies(r -> assertThat(r.fields()).contains("Device role: Server", "Device type: Server"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup((Node n) -> n instanceof CheckBox c
                && c.getText().startsWith("device host-1 (new)") && c.isVisible()).tryQuery().isPresent()));
        Screenshots.save(stage.getScene(), "push-preview-by-host-1920x1080.png");

        onFx(() -> {
            robot.lookup(".push-group-toggle").queryAs(javafx.scene.control.ToggleButton.class).fire();
            return null;
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !onFx(() -> robot.lookup(".push-group-toggle")
                .queryAs(javafx.scene.control.ToggleButton.class).isSelected()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rows()).extracting(ActionRow::number).isSorted();
        onFx(() -> {
            robot.lookup(".push-group-toggle").queryAs(javafx.scene.control.ToggleButton.class).fire();
            return null;
        });

        robot.clickOn((Node n) -> n instanceof CheckBox c && c.getText().startsWith("device host-1 (new)"));
        robot.clickOn((Node n) -> n instanceof Button b && b.getText() != null && b.getText().equals("Preview a_gain")
                && b.isVisible() && b.getParent().getParent().getStyleClass().contains("push-section")
                && ((javafx.scene.Parent) b.getParent().getParent()).lookup(".push-hosts") != null);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> rows().stream()
                .noneMatch(r -> r.action().summary().contains("host-1")));
        assertThat(rows()).extracting(r -> r.action().summary()).contains("create device host-0", "create device host-2");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup((Node n) -> n instanceof CheckBox c
                && c.getText().startsWith("device host-1 (new)") && !c.isSelected()).tryQuery().isPresent()));
        Screenshots.save(stage.getScene(), "push-preview-host-left-out.png");
        assertThat(nb.writes()).isZero();
    }

    private List<ActionRow> rows() {
        return onFx(() -> List.copyOf(robot.lookup(".push-actions").queryAs(javafx.scene.control.TableView.class)
                .getItems().stream().map(ActionRow.class::cast).toList()));
    }

    private void open(int width, int height) throws Exception {
        TempDirShellServices services = new TempDirShellServices(dir).withConfigFile("netbox { url = \"" + nb.url()
                + "\", token = ${?NETBOX_TOKEN} }\nnetbox.defaults { site = hq, role = server, device-type = server }\n")
                .withHosts(3, 3, 0);
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

    /** Tab, as often as it takes, until the Apply button has the keyboard. */
    private void focusApplyByTab() {
        for (int i = 0; i < 60 && !onFx(() -> applyShown().get().isFocused()); i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(onFx(() -> applyShown().get().isFocused())).as("Apply reached by Tab").isTrue();
    }

    private Optional<Button> applyShown() {
        return onFx(() -> robot.lookup((Node n) -> n instanceof Button b && b.getText() != null
                && b.getText().startsWith("_Apply ") && b.getScene() == stage.getScene() && b.isVisible()
                && !b.isDisabled()).tryQuery().map(Button.class::cast));
    }

    /** The confirmation, while it is open. */
    private Optional<DialogPane> dialog() {
        return onFx(() -> Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene)
                .map(Scene::getRoot).filter(DialogPane.class::isInstance).map(DialogPane.class::cast)
                .filter(p -> p.getStyleClass().contains("push-confirm-dialog")).findFirst());
    }

    private static Button cancelOf(DialogPane pane) {
        return button(pane, "_Cancel");
    }

    private static Button writeOf(DialogPane pane) {
        return button(pane, "_Write to NetBox");
    }

    private static Button button(DialogPane pane, String text) {
        return pane.getButtonTypes().stream().map(pane::lookupButton).map(Button.class::cast)
                .filter(b -> text.equals(b.getText())).findFirst().orElseThrow();
    }

    private void press(String label) {
        robot.clickOn((Node n) -> n instanceof Button b && b.getText() != null && b.getScene() != null
                && b.isVisible() && b.getText().replace("_", "").startsWith(label));
    }

    private boolean visible(String text) {
        return onFx(() -> robot.lookup((Node n) -> n instanceof Labeled l && text.equals(l.getText())
                && l.getScene() != null && l.isVisible()).tryQuery().isPresent());
    }

}
