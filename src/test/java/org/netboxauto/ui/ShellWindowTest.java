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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.List;
import org.netboxauto.config.Secret;
import org.netboxauto.core.Evidence;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.discovery.FixedSourceCollector;
import org.netboxauto.discovery.StallingPeer;
import org.netboxauto.discovery.proxmox.peer.PeerFixture;
import org.netboxauto.discovery.proxmox.peer.ProxmoxPeer;
import org.netboxauto.discovery.routeros.peer.PeerOptions;
import org.netboxauto.discovery.routeros.peer.PeerVersion;
import org.netboxauto.discovery.routeros.peer.RouterOsPeer;
import org.netboxauto.testsupport.TestCertificates;
import org.netboxauto.service.ProductVersion;
import org.netboxauto.testsupport.Peers;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class ShellWindowTest {

    private final FxRobot robot = new FxRobot();
    private ExecutorService background;
    private ExecutorService discoveryWorker;
    private Stage stage;

    @TempDir
    Path dir;

    @BeforeEach
    void display() throws Exception {
        // per test, so that a machine without a display reports each one as skipped, with the reason
        Peers.requireFxToolkit();
    }

    @AfterEach
    void close() throws Exception {
        if (stage != null) {
            FxToolkit.cleanupStages();
        }
        if (background != null) {
            background.shutdownNow();
            discoveryWorker.shutdown();
            // the temporary folder is deleted next: let store work still running finish first
            discoveryWorker.awaitTermination(20, TimeUnit.SECONDS);
            background.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void showsAllFiveTabsWithTheirEmptyStates() throws Exception {
        open(new TempDirShellServices(dir).withConfigFile(TempDirShellServices.NETBOX_ONLY)
                .withLastRun(Instant.parse("2025-03-04T05:06:00Z")).withHosts(42, 30, 5));

        assertThat(stage.getTitle()).isEqualTo("netbox-auto");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !stage.getIcons().isEmpty());
        assertThat(stage.getIcons()).extracting(image -> (int) image.getWidth()).contains(16, 32, 256);
        Screenshots.save(onFxThread(() -> new javafx.scene.Scene(new javafx.scene.layout.HBox(8, stage.getIcons()
                .stream().map(javafx.scene.image.ImageView::new).toArray(Node[]::new)))), "app-icon.png");
        assertThat(tabs().getTabs()).extracting(tab -> tab.getText())
                .containsExactly("Discovery", "Review", "NetBox diff", "Push", "Topology");
        assertThat(tabs().getTabs()).allSatisfy(tab -> assertThat(tab.isClosable()).isFalse());
        assertThat(visibleText("sources.routeros[]")).isTrue();
        assertThat(statusText()).contains("Last run: 2025-03-04");
        Screenshots.save(stage.getScene(), "shell-discovery.png");

        select("Review", "shell-review.png");
        select("NetBox diff", "shell-netbox-diff.png");
        assertThat(visibleText("netbox diff")).isFalse();
        select("Push", null);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visibleText("30 of 30 approved hosts match the filter"));
        Screenshots.save(stage.getScene(), "shell-push.png");
        select("Topology", null);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visibleText("sources.snmp[]"));
        Screenshots.save(stage.getScene(), "shell-topology.png");
        select("Discovery", null);
    }

    @Test
    void theEverySwitchRunsDiscoveryNowAndAgainEachIntervalUntilTurnedOff() throws Exception {
        Instant now = Instant.now();
        open(new TempDirShellServices(dir).withConfigFile().withWatchEvery(java.time.Duration.ofMillis(1500))
                .withCollectors(List.of(FixedSourceCollector.returning("routeros:core-router", List.of(
                        observation("routeros:core-router", "00:50:56:00:00:01", "10.0.0.5", "nas", now))))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visibleText("routeros:core-router"));
        robot.clickOn("Every 1 s");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> visibleText("Run 1 succeeded", true));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visibleText("Next run ", true));
        Screenshots.save(stage.getScene(), "discovery-every.png");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> visibleText("Run 2 succeeded", true));

        robot.clickOn("Every 1 s");
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(2500);
        assertThat(visibleText("Run 3", true)).as("no run after the switch is off").isFalse();
        assertThat(visibleText("Next run ", true)).isFalse();
    }

    @Test
    void discoveryRunsTheChosenSourcesWithLiveProgressAndShowsTheRunSummary() throws Exception {
        try (StallingPeer stalled = new StallingPeer()) {
            Instant now = Instant.now();
            open(new TempDirShellServices(dir).withConfigFile().withCollectors(List.of(
                    FixedSourceCollector.returning("routeros:core-router", List.of(
                            observation("routeros:core-router", "00:50:56:00:00:01", "10.0.0.5", "nas", now),
                            observation("routeros:core-router", "00:50:56:00:00:02", "10.0.0.6", "printer", now))),
                    FixedSourceCollector.failing("proxmox:pve", "login refused for root@pam!netbox-auto; check"
                            + " sources.proxmox[0].token-id and token-secret"),
                    FixedSourceCollector.stalling("routeros:lab", stalled.port(), java.time.Duration.ofSeconds(2)))));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visibleText("routeros:lab"));
            Screenshots.save(stage.getScene(), "discovery-ready.png");

            robot.clickOn("Start discovery");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visibleText("2 observations"));
            assertThat(visibleText("starting")).as("the stalled source shows its last progress line").isTrue();
            Screenshots.save(stage.getScene(), "discovery-running.png");

            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> visibleText("2 new"));
            assertThat(visibleText("0 changed")).isTrue();
            assertThat(visibleText("login refused for root@pam!netbox-auto; check sources.proxmox[0].token-id and"
                    + " token-secret")).isTrue();
            assertThat(robot.lookup(".run-log").queryListView().getItems()).anyMatch(line -> ((String) line)
                    .startsWith("routeros:lab: failed: timed out after 2 s"));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> statusText().contains("2 hosts"));
            TableView<?> changes = robot.lookup(".table-view").queryAs(TableView.class);
            assertThat(changes.getItems()).hasSize(2);
            Screenshots.save(stage.getScene(), "discovery-summary.png");

            robot.clickOn("0 gone");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(changes.getItems()).isEmpty();
            robot.clickOn("2 new");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(changes.getItems()).hasSize(2);
        }
    }

    @Test
    void discoveryTabReadsTheRouterOsAndProxmoxPeers() throws Exception {
        TestCertificates routerCert = TestCertificates.selfSigned(dir.resolve("tls-router"), "router");
        PeerOptions options = PeerOptions.of(PeerVersion.V7_18);
        String pveSecret = "2d0f3c1e-8a5b-4e0e-9f61-3b1f7c9a0d42";
        try (RouterOsPeer router = RouterOsPeer.apiSsl(options, routerCert);
             ProxmoxPeer pve = new ProxmoxPeer(PeerFixture.labCluster(),
                     TestCertificates.selfSigned(dir.resolve("tls-pve"), "pve"), false)
                     .token("collector@pve!inventory", pveSecret, ProxmoxPeer.AUDITOR)) {
            java.nio.file.Path routerPass = java.nio.file.Files.writeString(dir.resolve("router.pass"), options.password());
            java.nio.file.Path pveToken = java.nio.file.Files.writeString(dir.resolve("pve.token"), pveSecret);
            for (java.nio.file.Path secret : List.of(routerPass, pveToken)) {
                java.nio.file.Files.setPosixFilePermissions(secret,
                        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            }
            open(new TempDirShellServices(dir).withConfigFile("""
                    sources.routeros = [ { name = core-router, host = "127.0.0.1", transport = api-ssl, port = %d,
                        username = %s, password-file = "%s", tls.fingerprint-sha256 = "%s",
                        collect = [dhcp-leases, arp, bridge-hosts] } ]
                    sources.proxmox = [ { name = pve, url = "%s", token-id = "collector@pve!inventory",
                        token-secret-file = "%s", tls.fingerprint-sha256 = "%s" } ]
                    """.formatted(router.port(), options.user(), routerPass, routerCert.fingerprintSha256(), pve.url(),
                    pveToken, pve.fingerprint())));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visibleText("proxmox:pve"));
            robot.clickOn("Start discovery");
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFxThread(() -> robot.lookup("Cancel")
                    .queryButton().isDisabled()) && visibleText("Run 1 succeeded", true));
            assertThat(robot.lookup(".run-log").queryListView().getItems()).anyMatch(line -> ((String) line)
                    .startsWith("proxmox:pve: read")).anyMatch(line -> ((String) line).startsWith("routeros:core-router: read"));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> statusText().contains(" hosts"));
            Screenshots.save(stage.getScene(), "discovery-peers.png");
        }
    }

    @Test
    void cancelStopsARunningDiscoveryAndKeepsTheWindowResponsive() throws Exception {
        try (StallingPeer stalled = new StallingPeer()) {
            open(new TempDirShellServices(dir).withConfigFile().withCollectors(List.of(
                    FixedSourceCollector.stalling("routeros:core-router", stalled.port(),
                            java.time.Duration.ofMinutes(5)))));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visibleText("routeros:core-router"));
            robot.clickOn("Start discovery");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visibleText("starting"));
            select("Push", null);
            select("Discovery", null);
            long start = System.nanoTime();
            robot.clickOn("Cancel");
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> visibleText("cancelled"));
            assertThat((System.nanoTime() - start) / 1_000_000).as("ms from Cancel to the source stopped")
                    .isLessThan(2_000);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFxThread(() -> robot.lookup("Cancel")
                    .queryButton().isDisabled()));
            Screenshots.save(stage.getScene(), "discovery-cancelled.png");
        }
    }

    private static Observation observation(String source, String mac, String ip, String name, Instant at) {
        return new Observation(source, at, MacAddress.of(mac), List.of(ip), java.util.Optional.of(name),
                java.util.Optional.empty(), java.util.Map.of(Evidence.TABLE, "dhcp-leases"));
    }

    @Test
    void settingsListTheKeysWithSecretsMasked() throws Exception {
        open(new TempDirShellServices(dir).withConfigFile());

        robot.clickOn("File").clickOn("Settings…");
        WaitForAsyncUtils.waitForFxEvents();

        Window settings = window("Settings");
        TableView<?> table = robot.lookup(".settings-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFxThread(() -> !table.getItems().isEmpty()));
        assertThat(onFxThread(() -> table.getItems().stream().map(org.netboxauto.ui.settings.SettingField.class::cast)
                .filter(f -> f.key().equals("netbox.token")).findFirst().orElseThrow().valueProperty().get()))
                .isEqualTo(Secret.MASK);
        assertThat(visibleText(Secret.MASK)).isTrue();
        assertThat(table.getItems().toString()).doesNotContain(TempDirShellServices.TOKEN).doesNotContain("router-secret-1");
        Screenshots.save(settings.getScene(), "shell-settings.png");
    }

    @Test
    void aboutNamesVersionsLicenceAndLocations() throws Exception {
        open(new TempDirShellServices(dir).withConfigFile());

        robot.clickOn("Help").clickOn("About netbox-auto");
        WaitForAsyncUtils.waitForFxEvents();

        Window about = window("About netbox-auto");
        assertThat(visibleText("Version " + ProductVersion.current())).isTrue();
        assertThat(ProductVersion.current()).matches("\\d+\\.\\d+\\.\\d+.*");
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
    void anExistingBrokenFileIsReportedAndReloadedAfterItIsFixed() throws Exception {
        TempDirShellServices services = new TempDirShellServices(dir).withConfigFile("""
                netbox { url = "https://netbox.example.com", timeot = 5s }
                sources.proxmox = [ { name = pve1, url = "pve:8006", token-id = "api@pve!d", token-secret = x } ]
                """);
        open(services);

        assertThat(visibleText("sources.proxmox[0].url: \"pve:8006\" is not a URL; expected https://HOST:PORT (line 2)"))
                .isTrue();
        assertThat(visibleText("netbox.timeot: unknown key, likely a typo; did you mean \"timeout\"? (line 1)"))
                .isTrue();
        robot.clickOn("Write starter config");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> visibleText("A fresh starter config is at "
                + services.configFile() + ".example. Compare it with your file, fix the problems above, then reload."));
        Screenshots.save(stage.getScene(), "shell-broken-config.png");

        services.withConfigFile();
        robot.clickOn("Reload config");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !visibleText("Reload config"));
        assertThat(statusText()).contains("Config: ");
    }

    @Test
    void aStoreErrorShowsAsAWarningInTheStatusBar() throws Exception {
        open(new TempDirShellServices(dir).withUnreachableStore().readableByOthers());
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> statusText().contains("Store unavailable:"));

        assertThat(statusText()).contains("127.0.0.1:9");
        assertThat(robot.lookup(".status-bar").query().getPseudoClassStates())
                .anyMatch(state -> state.getPseudoClassName().equals("failed"));
        assertThat(visibleText("1 warning in " + dir.resolve("config/netbox-auto.conf"))).isTrue();
        Screenshots.save(stage.getScene(), "shell-store-error.png");
    }

    @Test
    void theWindowReopensWithItsSizeAndTab() throws Exception {
        TempDirShellServices services = new TempDirShellServices(dir).withConfigFile();
        open(services);
        select("Push", null);
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(1000);
            stage.setHeight(700);
            stage.hide();
        }).get(10, TimeUnit.SECONDS);
        assertThat(services.windowStateFile()).exists();

        open(services);

        assertThat(tabs().getSelectionModel().getSelectedItem().getText()).isEqualTo("Push");
        assertThat(stage.getWidth()).isEqualTo(1000);
        assertThat(stage.getHeight()).isEqualTo(700);
        assertThat(visibleText("Choose the hosts to push")).isTrue();
    }

    private void open(TempDirShellServices services) throws Exception {
        background = BackgroundExecutor.create("test-ui-worker");
        discoveryWorker = BackgroundExecutor.create("test-discovery");
        WaitForAsyncUtils.asyncFx(() -> {
            stage = new Stage();
            new MainWindow(new ShellViewModel(services, background, discoveryWorker, Platform::runLater)).show(stage);
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !statusText().contains("loading"));
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
        return onFxThread(() -> robot.from(stage.getScene().getRoot()).lookup(".status-item").queryAll().stream()
                .map(node -> ((Label) node).getText()).reduce("", (a, b) -> a + " | " + b));
    }

    private boolean visibleText(String prefix, boolean startsWith) {
        return onFxThread(() -> robot.lookup((Node node) -> node instanceof Labeled label && label.getText() != null
                && label.getText().startsWith(prefix) && label.getScene() != null && isShowing(label))
                .tryQuery().isPresent());
    }

    private boolean visibleText(String text) {
        return onFxThread(() -> robot.lookup((Node node) -> node instanceof Labeled label
                && text.equals(label.getText()) && label.isVisible() && label.getScene() != null && isShowing(label))
                .tryQuery().isPresent());
    }

    /** Scene-graph lookups race with the background config load unless they run on the FX thread. */
    private static <T> T onFxThread(java.util.concurrent.Callable<T> query) {
        try {
            return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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
