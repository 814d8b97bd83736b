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
import javafx.geometry.Bounds;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.AppDirectories;
import org.netboxauto.config.ConfigLocations;
import org.netboxauto.config.RouterOsSource.Transport;
import org.netboxauto.discovery.routeros.peer.RouterOsPeer;
import org.netboxauto.service.ConnectionTesters;
import org.netboxauto.service.RouterWithVersion;
import org.netboxauto.service.SetupService;
import org.netboxauto.netbox.fake.FakeNetBox;
import org.netboxauto.netbox.fake.NetBoxMode;
import org.netboxauto.testsupport.Peers;
import org.netboxauto.testsupport.TestCertificates;
import org.netboxauto.ui.common.CertificateCard;
import org.netboxauto.ui.setup.FirstRunSetup;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** With no config the window opens the setup form; it tests a real router, writes the config and shows Discovery. */
class FirstRunSetupTest {

    private final FxRobot robot = new FxRobot();
    private ExecutorService background;
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
        FxToolkit.cleanupStages();
        if (background != null) {
            background.shutdownNow();
            background.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void theFormTestsARouterWritesTheConfigAndLandsOnDiscovery() throws Exception {
        TempDirShellServices services = new TempDirShellServices(dir);
        SetupService setup = new SetupService(new ConfigLocations(new AppDirectories(dir.resolve("config"),
                dir.resolve("data")), Map.of(), true), Optional.empty(), ConnectionTesters.available());
        try (RouterOsPeer router = RouterOsPeer.api(RouterWithVersion.options())) {
            open(services, setup);
            Window form = waitForWindow(FirstRunSetup.TITLE);
            onFx(() -> tabs().getSelectionModel().select(3));

            // loopback, where nothing listens: a NetBox test from here could never leave the machine
            type("URL", 0, "https://127.0.0.1:9");
            type("API token", 0, "0123456789abcdef0123456789abcdef01234567");
            type("Name", 0, "core-router");
            onFx(() -> robot.lookup(".choice-box").queryAs(ChoiceBox.class).setValue(Transport.API));
            type("Host", 0, "127.0.0.1");
            type("Port", 0, Integer.toString(router.port()));
            type("Username", 0, "admin");
            type("Password", 0, "wrong");
            clickTest(1);
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> visibleStartingWith("login refused"));
            assertThat(visibleContaining("sources.routeros[0]")).isTrue();
            Screenshots.save(form.getScene(), "setup-test-failed.png");

            clear("Password", 0);
            type("Password", 0, "s3cret=pass");
            clickTest(1);
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> visible("Connected: RouterOS 7.18.2 (stable)"));

            robot.clickOn("Add Proxmox");
            WaitForAsyncUtils.waitForFxEvents();
            type("URL", 1, "https://pve1.example.com:8006");
            type("API token id", 0, "netbox-auto@pve!discovery");
            type("Token secret", 0, "pve-s3cret");
            Screenshots.save(form.getScene(), "setup-form.png");

            robot.clickOn("Save and open Discovery");
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !form.isShowing());
        }
        Path config = services.configFile();
        assertThat(config).exists();
        assertThat(Files.getPosixFilePermissions(config)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(config)).contains("host = \"127.0.0.1\"").contains("password-file")
                .doesNotContain("s3cret").doesNotContain("0123456789abcdef");
        assertThat(Files.readString(config.resolveSibling("sources.routeros-0.password.secret")).strip())
                .isEqualTo("s3cret=pass");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> tabs().getSelectionModel()
                .getSelectedIndex() == 0));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> visible("routeros:core-router"));
        assertThat(visible("No configuration file found")).isFalse();
        Screenshots.save(stage.getScene(), "setup-saved-discovery.png");
    }

    @Test
    void anUnknownNetBoxCertificateIsShownAndTrustedInOneClick() throws Exception {
        TempDirShellServices services = new TempDirShellServices(dir);
        SetupService setup = new SetupService(new ConfigLocations(new AppDirectories(dir.resolve("config"),
                dir.resolve("data")), Map.of(), true), Optional.empty(), ConnectionTesters.available());
        TestCertificates cert = TestCertificates.selfSigned(dir.resolve("tls"), "netbox");
        try (FakeNetBox netbox = FakeNetBox.start(NetBoxMode.V4_6, cert.serverContext())) {
            open(services, setup);
            Window form = waitForWindow(FirstRunSetup.TITLE);
            type("URL", 0, netbox.url().toString());
            type("API token", 0, FakeNetBox.V1_TOKEN);
            clickTest(0);
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> visible(CertificateCard.TRUST));
            assertThat(visible(cert.fingerprintSha256())).isTrue();
            assertThat(visible("CN=localhost")).isTrue();
            assertThat(anyLabel(t -> t.contains("sun.security") || t.contains("Exception") || t.contains("PKIX")
                    || t.contains("certificate_unknown"))).isFalse();
            assertThat(visibleContaining("netbox.tls.fingerprint-sha256")).isTrue();
            onFx(() -> scrollTo(robot.lookup(CertificateCard.TRUST).query()));
            Screenshots.save(form.getScene(), "setup-untrusted-certificate.png");
            onFx(() -> Theme.current().choiceProperty().set(Theme.Choice.DARK));
            Screenshots.save(form.getScene(), "setup-untrusted-certificate-dark.png");
            onFx(() -> Theme.current().choiceProperty().set(Theme.Choice.LIGHT));

            robot.clickOn(CertificateCard.TRUST);
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> visible("Connected: NetBox 4.6.0"));
            assertThat(onFx(() -> field("TLS fingerprint", 0).getText())).isEqualTo(cert.fingerprintSha256());
            assertThat(visible(CertificateCard.TRUST)).isFalse();
            Screenshots.save(form.getScene(), "setup-certificate-trusted.png");

            robot.clickOn("Remove");
            robot.clickOn("Save and open Discovery");
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !form.isShowing());
        }
        assertThat(Files.readString(services.configFile())).contains("fingerprint-sha256 = \""
                + cert.fingerprintSha256() + "\"");
    }

    @Test
    void aConfigThatExistsOpensNoForm() throws Exception {
        TempDirShellServices services = new TempDirShellServices(dir).withConfigFile();
        open(services, new SetupService(new ConfigLocations(new AppDirectories(dir.resolve("config"),
                dir.resolve("data")), Map.of(), true), Optional.empty(), ConnectionTesters.available()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> visible("routeros:core-router"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Window.getWindows()).noneMatch(w -> w instanceof Stage s && FirstRunSetup.TITLE.equals(s.getTitle()));
    }

    private void open(TempDirShellServices services, SetupService setup) throws Exception {
        background = BackgroundExecutor.create("test-ui-worker");
        WaitForAsyncUtils.asyncFx(() -> {
            stage = new Stage();
            ShellViewModel shell = new ShellViewModel(services, background, background, Platform::runLater);
            window = new MainWindow(shell);
            window.show(stage);
            FirstRunSetup.offer(stage, shell, setup, background, window::showDiscovery);
        }).get(10, TimeUnit.SECONDS);
    }

    private void type(String field, int index, String text) {
        clear(field, index);
        TextInputControl input = field(field, index);
        onFx(() -> scrollTo(input));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(input).write(text);
    }

    private void clear(String field, int index) {
        onFx(() -> {
            field(field, index).clear();
            return null;
        });
    }

    private TextInputControl field(String label, int index) {
        List<TextInputControl> fields = onFx(() -> robot.lookup((Node n) -> n instanceof TextInputControl t
                && label.equals(t.getAccessibleText())).queryAllAs(TextInputControl.class).stream().toList());
        return fields.get(index);
    }

    private static void scrollTo(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll) {
                Bounds at = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double hidden = scroll.getContent().getBoundsInLocal().getHeight()
                        - scroll.getViewportBounds().getHeight();
                if (hidden > 0) {
                    scroll.setVvalue(Math.clamp((at.getMinY() - scroll.getViewportBounds().getHeight() / 3) / hidden,
                            0.0, 1.0));
                }
                return;
            }
        }
    }

    private TabPane tabs() {
        return robot.from(stage.getScene().getRoot()).lookup(".main-tabs").queryAs(TabPane.class);
    }

    private static Window waitForWindow(String title) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof Stage s && title.equals(s.getTitle()) && s.isShowing())));
        return onFx(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && title.equals(s.getTitle()))
                .findFirst().orElseThrow());
    }

    private boolean visible(String text) {
        return anyLabel(t -> t.equals(text));
    }

    private boolean visibleStartingWith(String text) {
        return anyLabel(t -> t.contains(text));
    }

    private boolean visibleContaining(String text) {
        return anyLabel(t -> t.contains(text));
    }

    private boolean anyLabel(java.util.function.Predicate<String> test) {
        return onFx(() -> robot.lookup((Node n) -> n instanceof Labeled l && l.getText() != null && test.test(l.getText())
                && showing(l)).tryQuery().isPresent());
    }

    private static boolean showing(Node node) {
        if (node.getScene() == null || node.getScene().getWindow() == null || !node.getScene().getWindow().isShowing()) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }


    /** Clicks the Test connection button of the {@code index}th entry on the form (NetBox first). */
    private void clickTest(int index) {
        java.util.List<javafx.scene.Node> buttons = new java.util.ArrayList<>(robot.lookup("Test connection")
                .match(javafx.scene.control.Button.class::isInstance).queryAll());
        buttons.sort(java.util.Comparator.comparingDouble(b -> b.localToScene(b.getBoundsInLocal()).getMinY()));
        robot.clickOn(buttons.get(index));
    }
}
