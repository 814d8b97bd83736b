package org.netboxauto.ui;

import static org.netboxauto.ui.FxCalls.onFx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.AppDirectories;
import org.netboxauto.config.ConfigLocations;
import org.netboxauto.config.Secret;
import org.netboxauto.discovery.proxmox.peer.PeerFixture;
import org.netboxauto.discovery.proxmox.peer.ProxmoxPeer;
import org.netboxauto.service.ConnectionTesters;
import org.netboxauto.service.SetupService;
import org.netboxauto.testsupport.Peers;
import org.netboxauto.testsupport.TestCertificates;
import org.netboxauto.ui.common.CertificateCard;
import org.netboxauto.ui.settings.SettingField;
import org.netboxauto.ui.settings.SettingsView;
import org.netboxauto.ui.setup.FirstRunSetup;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** File > Settings edits and checks the config file; a source's refused certificate is trusted from Discovery. */
class SettingsWindowTest {

    private static final String COMMENTED = """
            # Our NetBox, maintained by the network team.
            netbox {
              url = "https://netbox.example.com"
              # from the environment, never in this file
              token = ${?NETBOX_TOKEN}
            }
            sources.routeros = [ { name = core-router, host = "192.0.2.1", username = netbox-auto,
                                   password = ${?ROUTER_PASSWORD} } ]
            """;

    private final FxRobot robot = new FxRobot();
    private ExecutorService background;
    private ExecutorService worker;
    private Stage stage;
    private MainWindow window;

    @TempDir
    Path dir;

    @BeforeEach
    void display() throws Exception {
        Peers.requireFxToolkit();
    }

    @AfterEach
    void close() throws Exception {
        WindowTeardown.closeAll(background, worker);
    }

    @Test
    void settingsRefuseABadValueByItsKeyThenSaveKeepingCommentsAndSecretsInFiles() throws Exception {
        TempDirShellServices services = new TempDirShellServices(dir).withConfigFile(COMMENTED);
        open(services);
        Window settings = openSettings();
        selectSection("NetBox");
        assertThat(field("netbox.token").valueProperty().get()).isEqualTo(Secret.MASK);
        assertThat(onFx(() -> ((TableView<?>) robot.lookup("#settingsTable").query()).getItems().toString()))
                .doesNotContain(TempDirShellServices.TOKEN);

        selectRow("netbox.timeout");
        robot.clickOn("#settingValue").write("soon");
        robot.clickOn("#saveSettings");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> !problems().getItems().isEmpty()));
        assertThat(onFx(() -> problems().getItems())).anyMatch(p -> p.startsWith("netbox.timeout: \"soon\""));
        assertThat(Files.readString(services.configFile())).isEqualTo(COMMENTED);
        shootAll(settings, "settings-problem");

        selectRow("netbox.timeout");
        onFx(() -> {
            ((TextField) robot.lookup("#settingValue").query()).setText("45s");
            return null;
        });
        selectRow("netbox.token");
        robot.clickOn("#settingSecret").write("fedcba9876543210fedcba9876543210fedcba98");
        selectSection("Sources");
        onFx(() -> {
            MenuButton add = (MenuButton) robot.lookup("#addEntry").query();
            add.getItems().stream().filter(i -> i.getText().equals("Proxmox source")).findFirst().orElseThrow().fire();
            return null;
        });
        selectRow("sources.proxmox[0].name");
        robot.clickOn("#settingValue").write("pve");
        selectRow("sources.proxmox[0].url");
        robot.clickOn("#settingValue").write("https://pve.example.com:8006");
        selectRow("sources.proxmox[0].token-id");
        robot.clickOn("#settingValue").write("netbox-auto@pve!discovery");
        selectRow("sources.proxmox[0].token-secret");
        robot.clickOn("#settingSecret").write("2d0f3c1e-8a5b-4e0e-9f61-3b1f7c9a0d42");
        shootAll(settings, "settings-sources");

        robot.clickOn("#saveSettings");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> onFx(() -> !settings.isShowing()));

        String text = Files.readString(services.configFile());
        assertThat(text).contains("# Our NetBox, maintained by the network team.",
                "# from the environment, never in this file", "45s", "token-file", "token-secret-file",
                "${?ROUTER_PASSWORD}").doesNotContain("fedcba98").doesNotContain("2d0f3c1e");
        Path token = services.configFile().resolveSibling("netbox.token.secret");
        assertThat(Files.readString(token).strip()).isEqualTo("fedcba9876543210fedcba9876543210fedcba98");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(token))).isEqualTo("rw-------");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup((Node n) -> n instanceof Labeled l && l.getText() != null
                && l.getText().contains("proxmox:pve")).tryQuery().isPresent()));
        Screenshots.save(stage.getScene(), "settings-applied-discovery.png");
    }

    @Test
    void aSourceRefusedForItsCertificateIsTrustedFromTheDiscoveryTabAndThenRead() throws Exception {
        String secret = "2d0f3c1e-8a5b-4e0e-9f61-3b1f7c9a0d42";
        try (ProxmoxPeer pve = new ProxmoxPeer(PeerFixture.labCluster(),
                TestCertificates.selfSigned(dir.resolve("tls-pve"), "pve"), false)
                .token("collector@pve!inventory", secret, ProxmoxPeer.AUDITOR)) {
            Path tokenFile = Files.writeString(dir.resolve("pve.token"), secret);
            Files.setPosixFilePermissions(tokenFile, PosixFilePermissions.fromString("rw-------"));
            TempDirShellServices services = new TempDirShellServices(dir).withConfigFile("""
                    # the lab cluster
                    sources.proxmox = [ { name = pve, url = "%s", token-id = "collector@pve!inventory",
                        token-secret-file = "%s" } ]
                    """.formatted(pve.url(), tokenFile));
            open(services);
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> labelStarting("proxmox:pve"));
            robot.clickOn("Start discovery");
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> labelStarting("Trust this certificate"));
            shootAll(stage, "discovery-untrusted-source");

            robot.clickOn("Trust this certificate…");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> windowTitled("Trust a source's certificate")
                    .isPresent()));
            Window dialog = windowTitled("Trust a source's certificate").orElseThrow();
            String shown = onFx(() -> dialog.getScene().getRoot().lookupAll(".label").stream()
                    .map(n -> ((Labeled) n).getText()).reduce("", (a, b) -> a + "\n" + b));
            assertThat(shown).contains(pve.fingerprint()).contains("Subject").contains("Issuer").contains("Valid")
                    .contains("sources.proxmox[0].tls.fingerprint-sha256");
            Button trust = onFx(() -> (Button) dialog.getScene().getRoot().lookupAll(".button").stream()
                    .filter(b -> CertificateCard.TRUST.equals(((Button) b).getText())).findFirst().orElseThrow());
            assertThat(trust.isDefaultButton()).isFalse();
            Screenshots.save(dialog.getScene(), "discovery-trust-dialog.png");
            onFx(() -> {
                Theme.current().choiceProperty().set(Theme.Choice.DARK);
                return null;
            });
            Screenshots.save(dialog.getScene(), "discovery-trust-dialog-dark.png");
            robot.clickOn(trust);

            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> labelStarting("Certificate trusted"));
            assertThat(Files.readString(services.configFile())).contains("# the lab cluster")
                    .contains("fingerprint-sha256");
            robot.clickOn("Start discovery");
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> labelStarting("Run 2 succeeded"));
            Screenshots.save(stage.getScene(), "discovery-trusted-source-dark.png");
        }
    }

    @Test
    void theSetupFormReopensAddsToTheConfigAndWarnsWhenNetBoxCannotBeReached() throws Exception {
        TempDirShellServices services = new TempDirShellServices(dir).withConfigFile(COMMENTED);
        open(services);
        SetupService setup = new SetupService(new ConfigLocations(new AppDirectories(dir.resolve("config"),
                dir.resolve("data")), Map.of("NETBOX_TOKEN", TempDirShellServices.TOKEN, "ROUTER_PASSWORD", "pw"),
                true), Optional.empty(), ConnectionTesters.available());
        onFx(() -> {
            window.setupAction(() -> FirstRunSetup.open(stage, shellOf(), setup, background, window::showDiscovery));
            return null;
        });
        clickMenu("File", "Set up connections…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> windowTitled(FirstRunSetup.TITLE)
                .isPresent()));
        Window form = windowTitled(FirstRunSetup.TITLE).orElseThrow();
        // loopback, where nothing listens
        onFx(() -> {
            TextField url = (TextField) form.getScene().getRoot().lookupAll(".text-field").stream()
                    .filter(n -> n instanceof TextField t && "https://netbox.example.com".equals(t.getPromptText()))
                    .findFirst().orElseThrow();
            url.setText("https://127.0.0.1:9");
            return null;
        });
        onFx(() -> {
            Theme.current().choiceProperty().set(Theme.Choice.DARK);
            return null;
        });
        Screenshots.save(form.getScene(), "setup-reopened-dark.png");
        onFx(() -> {
            Theme.current().choiceProperty().set(Theme.Choice.LIGHT);
            return null;
        });
        Screenshots.save(form.getScene(), "setup-reopened.png");
        robot.clickOn("Save and open Discovery");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> windowTitled("NetBox could not be reached")
                .isPresent()));
        Window alert = windowTitled("NetBox could not be reached").orElseThrow();
        String said = onFx(() -> alert.getScene().getRoot().lookupAll(".label").stream()
                .map(n -> ((Labeled) n).getText()).filter(t -> t != null).reduce("", (a, b) -> a + " " + b));
        assertThat(said).contains("https://127.0.0.1:9").contains("could not be reached").doesNotContain("Exception");
        Screenshots.save(alert.getScene(), "setup-netbox-unreachable.png");
        onFx(() -> {
            Theme.current().choiceProperty().set(Theme.Choice.DARK);
            return null;
        });
        Screenshots.save(alert.getScene(), "setup-netbox-unreachable-dark.png");
        String text = Files.readString(services.configFile());
        assertThat(text).contains("# Our NetBox, maintained by the network team.", "https://127.0.0.1:9",
                "core-router");
    }

    private ShellViewModel shell;

    private ShellViewModel shellOf() {
        return shell;
    }

    private void open(TempDirShellServices services) throws Exception {
        background = BackgroundExecutor.create("test-ui-worker");
        worker = BackgroundExecutor.create("test-ui-discovery");
        WaitForAsyncUtils.asyncFx(() -> {
            stage = new Stage();
            shell = new ShellViewModel(services, background, worker, Platform::runLater);
            window = new MainWindow(shell);
            window.show(stage);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1366);
            stage.setHeight(768);
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Window openSettings() throws Exception {
        clickMenu("File", "Settings…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> windowTitled(SettingsView.TITLE)
                .isPresent()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> !table().getItems().isEmpty()));
        return windowTitled(SettingsView.TITLE).orElseThrow();
    }

    private void clickMenu(String menu, String item) {
        onFx(() -> {
            MenuBar bar = (MenuBar) robot.lookup(".menu-bar").query();
            bar.getMenus().stream().filter(m -> m.getText().equals(menu)).findFirst().orElseThrow().getItems().stream()
                    .filter(i -> item.equals(i.getText())).findFirst().orElseThrow().fire();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void selectSection(String name) {
        onFx(() -> {
            ((ListView<?>) robot.lookup("#settingsSections").query()).getSelectionModel()
                    .select(((ListView<?>) robot.lookup("#settingsSections").query()).getItems().indexOf(name));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void selectRow(String key) {
        onFx(() -> {
            SettingField f = field(key);
            table().getSelectionModel().select(f);
            table().scrollTo(f);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<SettingField> table() {
        return (TableView<SettingField>) robot.lookup("#settingsTable").query();
    }

    @SuppressWarnings("unchecked")
    private ListView<String> problems() {
        return (ListView<String>) robot.lookup("#settingsProblems").query();
    }

    private SettingField field(String key) {
        return onFx(() -> table().getItems().stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError(key + " is not a row")));
    }

    /** The window at the two screen sizes, in light and dark, then back to light at 1366×768. */
    private void shootAll(Window dialog, String name) {
        for (Theme.Choice theme : List.of(Theme.Choice.LIGHT, Theme.Choice.DARK)) {
            for (int[] size : new int[][] {{1920, 1080}, {1366, 768}}) {
                onFx(() -> {
                    Theme.current().choiceProperty().set(theme);
                    dialog.setX(0);
                    dialog.setY(0);
                    dialog.setWidth(size[0]);
                    dialog.setHeight(size[1]);
                    return null;
                });
                WaitForAsyncUtils.waitForFxEvents();
                Screenshots.save(dialog.getScene(), name + "-" + theme.name().toLowerCase() + "-" + size[0] + ".png");
            }
        }
        onFx(() -> {
            Theme.current().choiceProperty().set(Theme.Choice.LIGHT);
            dialog.setWidth(1366);
            dialog.setHeight(768);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean labelStarting(String prefix) {
        return onFx(() -> Window.getWindows().stream().filter(Window::isShowing).anyMatch(w -> w.getScene() != null
                && java.util.stream.Stream.concat(w.getScene().getRoot().lookupAll(".label").stream(),
                        w.getScene().getRoot().lookupAll(".button").stream()).anyMatch(n -> n instanceof Labeled l
                && l.getText() != null && l.getText().startsWith(prefix) && n.isVisible())));
    }

    private static Optional<Window> windowTitled(String title) {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && title.equals(s.getTitle())
                && s.isShowing()).findFirst();
    }

}
