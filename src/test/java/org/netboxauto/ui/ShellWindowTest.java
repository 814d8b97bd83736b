package org.netboxauto.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.ConfigProblem;
import org.netboxauto.config.SettingRow;
import org.netboxauto.testsupport.Peers;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class ShellWindowTest {

    private final FxRobot robot = new FxRobot();
    private ExecutorService background;
    private Stage stage;

    @TempDir
    Path dir;

    @BeforeAll
    static void display() throws Exception {
        Peers.requireDisplay();
        System.setProperty("testfx.robot", "glass");
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (background != null) {
            background.shutdownNow();
        }
    }

    @Test
    void showsAllFourTabsWithTheirEmptyStates() throws Exception {
        open(new TempDirShellServices(dir).withConfigFile().withLastRun(Instant.parse("2025-03-04T05:06:00Z")));

        assertThat(stage.getTitle()).isEqualTo("netbox-auto");
        assertThat(tabs().getTabs()).extracting(tab -> tab.getText())
                .containsExactly("Discovery", "Review", "NetBox diff", "Push");
        assertThat(tabs().getTabs()).allSatisfy(tab -> assertThat(tab.isClosable()).isFalse());
        assertThat(visibleText("sources.routeros[]")).isTrue();
        assertThat(statusText()).contains("Last run: 2025-03-04");
        Screenshots.save(stage.getScene(), "shell-discovery.png");

        select("Review", "shell-review.png");
        select("NetBox diff", "shell-netbox-diff.png");
        assertThat(visibleText("netbox diff")).isFalse();
        select("Push", "shell-push.png");
        assertThat(visibleText("netbox-auto push --dry-run")).isTrue();
        select("Discovery", null);
    }

    @Test
    void settingsListTheKeysWithSecretsMasked() throws Exception {
        open(new TempDirShellServices(dir).withConfigFile());

        robot.clickOn("File").clickOn("Settings…");
        WaitForAsyncUtils.waitForFxEvents();

        Window settings = window("Settings");
        TableView<?> table = robot.lookup(".settings-table").queryAs(TableView.class);
        assertThat(table.getItems().stream().map(Object.class::cast).toList()).contains(new SettingRow("netbox.token", "••••••••"));
        assertThat(visibleText("••••••••")).isTrue();
        Screenshots.save(settings.getScene(), "shell-settings.png");
    }

    @Test
    void aboutNamesVersionsLicenceAndLocations() throws Exception {
        open(new TempDirShellServices(dir).withConfigFile());

        robot.clickOn("Help").clickOn("About netbox-auto");
        WaitForAsyncUtils.waitForFxEvents();

        Window about = window("About netbox-auto");
        assertThat(visibleText("Version development")).isTrue();
        assertThat(visibleText("Apache-2.0")).isTrue();
        assertThat(visibleText(System.getProperty("javafx.runtime.version"))).isTrue();
        Screenshots.save(about.getScene(), "shell-about.png");
    }

    @Test
    void invalidConfigShowsProblemsAndWritesAStarterConfig() throws Exception {
        TempDirShellServices services = new TempDirShellServices(dir);
        open(services);

        assertThat(visibleText("No configuration file found")).isTrue();
        assertThat(visibleText(services.configFile().toString())).isTrue();
        assertThat(statusText()).contains("No config file", "Last run: never");
        Screenshots.save(stage.getScene(), "shell-invalid-config.png");

        robot.clickOn("Write starter config");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> visibleText("Starter config written to "
                + services.configFile()));

        assertThat(services.configFile()).exists();
        assertThat(visibleText("Write starter config")).isFalse();
        Screenshots.save(stage.getScene(), "shell-starter-written.png");
    }

    @Test
    void anExistingBrokenFileIsReportedInTheBanner() throws Exception {
        TempDirShellServices services = new TempDirShellServices(dir).withConfigFile()
                .withProblem(ConfigProblem.error("sources.proxmox[0].url", "\"pve:8006\" is not a URL; expected https://HOST:PORT"))
                .withProblem(ConfigProblem.error("netbox.token", "is required when netbox.url is set"));
        open(services);

        robot.clickOn("Write starter config");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> visibleText("A config file already exists at "
                + services.configFile() + ". It was left unchanged: fix the problems listed above in that file."));

        assertThat(visibleText("netbox.token: is required when netbox.url is set")).isTrue();
        Screenshots.save(stage.getScene(), "shell-broken-config.png");
    }

    @Test
    void aStoreErrorShowsAsAWarningInTheStatusBar() throws Exception {
        open(new TempDirShellServices(dir).withConfigFile()
                .withProblem(ConfigProblem.warning("sources.scan.rate", "500 packets/s is high for a shared network"))
                .withStoreFailure("cannot open /var/lib/netbox-auto/store.mv.db: the file is locked by another process"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> statusText().contains("Store unavailable: cannot open"));

        assertThat(robot.lookup(".status-bar").query().getPseudoClassStates())
                .anyMatch(state -> state.getPseudoClassName().equals("failed"));
        Screenshots.save(stage.getScene(), "shell-store-error.png");
    }

    private void open(TempDirShellServices services) throws Exception {
        background = BackgroundExecutor.create("test-ui-worker");
        WaitForAsyncUtils.asyncFx(() -> {
            stage = new Stage();
            new MainWindow(new ShellViewModel(services, background, Platform::runLater)).show(stage);
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !statusText().contains("loading"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void select(String tab, String screenshot) {
        robot.clickOn(tab);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs().getSelectionModel().getSelectedItem().getText()).isEqualTo(tab);
        if (screenshot != null) {
            Screenshots.save(stage.getScene(), screenshot);
        }
    }

    private TabPane tabs() {
        return robot.from(stage.getScene().getRoot()).lookup(".main-tabs").queryAs(TabPane.class);
    }

    private String statusText() {
        return robot.from(stage.getScene().getRoot()).lookup(".status-item").queryAll().stream()
                .map(node -> ((Label) node).getText()).reduce("", (a, b) -> a + " | " + b);
    }

    private boolean visibleText(String text) {
        return robot.lookup((Node node) -> node instanceof Labeled label && text.equals(label.getText())
                && label.isVisible() && label.getScene() != null && isShowing(label)).tryQuery().isPresent();
    }

    private static boolean isShowing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static Window window(String title) {
        return Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && title.equals(s.getTitle()))
                .findFirst().orElseThrow();
    }
}
