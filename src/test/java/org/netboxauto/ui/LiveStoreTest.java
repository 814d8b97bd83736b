package org.netboxauto.ui;

import static org.netboxauto.ui.FxCalls.onFx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.app.Main;
import org.netboxauto.config.Secret;
import org.netboxauto.config.StoreConfig;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.ReviewState;
import org.netboxauto.testsupport.ChildJvm;
import org.netboxauto.testsupport.Peers;
import org.netboxauto.testsupport.PostgresServer;
import org.netboxauto.ui.review.HostRow;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A second process (the real CLI) approves a host; the open window shows it within 2 s, keeping the selection. */
class LiveStoreTest {

    private static final MacAddress CHOSEN = MacAddress.of("02:00:00:00:00:03");

    private final FxRobot robot = new FxRobot();
    private ExecutorService background;
    private ScheduledExecutorService watch;
    private Stage stage;
    private ShellViewModel shell;

    @TempDir
    Path dir;

    @BeforeEach
    void display() throws Exception {
        Peers.requireFxToolkit();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (watch != null) {
            watch.shutdown();
            watch.awaitTermination(20, TimeUnit.SECONDS);
        }
        if (background != null) {
            background.shutdown();
            background.awaitTermination(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void aCliApprovalOnTheH2StoreShowsInTheOpenReviewTab() throws Exception {
        TempDirShellServices services = sixtyHostsOnAnH2File();
        approvedByAnotherProcessShowsWithinTwoSeconds(services, "live-review-h2.png");
    }

    @Test
    void aCliApprovalOnThePostgresStoreShowsInTheOpenReviewTab() throws Exception {
        PostgresServer postgres = PostgresServer.shared();
        String url = postgres.jdbcUrl(postgres.createDatabase());
        Path password = Files.writeString(dir.resolve("store.password"), postgres.password());
        Files.setPosixFilePermissions(password, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        TempDirShellServices services = new TempDirShellServices(dir)
                .withConfigFile(TempDirShellServices.GOOD_CONFIG + "store { url = \"" + url + "\", username = \""
                        + postgres.user() + "\", password-file = \"" + password + "\" }\n")
                .withStore(new StoreConfig(Optional.of(url), Optional.of(postgres.user()),
                        Optional.of(new Secret(postgres.password()))))
                .withHosts(60, 0, 0);
        approvedByAnotherProcessShowsWithinTwoSeconds(services, "live-review-postgres.png");
    }

    @Test
    void anApprovalMadeBeforeTheWatchFirstLooksStillShows() throws Exception {
        TempDirShellServices services = sixtyHostsOnAnH2File();
        open(services, false);
        approveInAnotherProcess(services);
        shell.startWatching(watch);
        WaitForAsyncUtils.waitFor(LiveUpdates.PERIOD_MS + 2000, TimeUnit.MILLISECONDS,
                () -> onFx(() -> stateOf(CHOSEN) == ReviewState.APPROVED));
        assertThat(onFx(() -> shell.status().hostsProperty().get())).contains("1 approved");
    }

    @Test
    void aConfigFileEditedOnDiskIsReloadedWithItsProblemsOrANotice() throws Exception {
        TempDirShellServices services = new TempDirShellServices(dir).withConfigFile().withHosts(60, 0, 0);
        open(services);
        Thread.sleep(1200); // the watch has seen the file once
        Files.writeString(services.configFile(), TempDirShellServices.GOOD_CONFIG + "netbox.timout = 5s\n");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> labelled(t -> t.contains("problem")
                && t.contains(services.configFile().toString())));
        assertThat(labelled(t -> t.contains("netbox.timout"))).isTrue();
        Screenshots.save(stage.getScene(), "live-config-problems.png");

        Files.writeString(services.configFile(), TempDirShellServices.GOOD_CONFIG + "netbox.timeout = 5s\n");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> labelled(t -> t.equals("Config changed on disk — reloaded")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup(".review-grid").tryQuery()
                .map(n -> n.isVisible() && ((TableView<?>) n).getItems().size() == 60).orElse(false)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> shell.status().hostsProperty().get()
                .startsWith("60 hosts")));
        Screenshots.save(stage.getScene(), "live-config-reloaded.png");
    }

    private boolean labelled(java.util.function.Predicate<String> text) {
        return onFx(() -> robot.lookup((javafx.scene.control.Labeled l) -> l.getText() != null && l.isVisible()
                && text.test(l.getText())).tryQuery().isPresent());
    }

    private void approvedByAnotherProcessShowsWithinTwoSeconds(TempDirShellServices services, String screenshot)
            throws Exception {
        open(services);
        int shownRows = onFx(() -> {
            var flow = (javafx.scene.control.skin.VirtualFlow<?>) grid().lookup(".virtual-flow");
            return flow.getLastVisibleCell().getIndex() - flow.getFirstVisibleCell().getIndex() + 1;
        });
        assertThat(shownRows).as("rows the grid shows at 1366×768").isGreaterThanOrEqualTo(20);
        int chosen = onFx(() -> indexOf(CHOSEN));
        onFx(() -> {
            grid().getSelectionModel().clearAndSelect(chosen);
            grid().scrollTo(chosen - 1);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        String hostsBefore = onFx(() -> shell.status().hostsProperty().get());
        int topBefore = onFx(this::topIndex);

        approveInAnotherProcess(services);
        long committed = System.nanoTime();

        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> stateOf(CHOSEN) == ReviewState.APPROVED));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the approval did not show within 10 s; the store's stamp is now "
                    + services.storeStamp() + ", the grid shows " + onFx(() -> stateOf(CHOSEN)) + ", the status bar "
                    + onFx(() -> shell.status().hostsProperty().get()), e);
        }
        long shownMs = (System.nanoTime() - committed) / 1_000_000;
        System.out.println("live-store: the approval by another process showed after " + shownMs + " ms");
        assertThat(shownMs).as("shown within 2 s of the other process's commit").isLessThanOrEqualTo(2000);
        assertThat(onFx(() -> grid().getSelectionModel().getSelectedItem().mac())).isEqualTo(CHOSEN);
        assertThat(onFx(this::topIndex)).as("the grid did not scroll").isEqualTo(topBefore);
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> onFx(() -> !shell.status().hostsProperty().get()
                .equals(hostsBefore)));
        System.out.println("live-store: status bar " + hostsBefore + " -> " + onFx(() -> shell.status().hostsProperty()
                .get()));
        Screenshots.save(stage.getScene(), screenshot);
    }

    private TempDirShellServices sixtyHostsOnAnH2File() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("data").resolve("store").toAbsolutePath();
        return new TempDirShellServices(dir)
                .withConfigFile(TempDirShellServices.GOOD_CONFIG + "store.url = \"" + url + "\"\n")
                .withStore(new StoreConfig(Optional.of(url), Optional.empty(), Optional.empty()))
                .withHosts(60, 0, 0);
    }

    /** The real CLI, in a second JVM, approves {@link #CHOSEN}. */
    private void approveInAnotherProcess(TempDirShellServices services) throws Exception {
        Path log = dir.resolve("approve.log");
        Process approve = ChildJvm.start(Main.class, log, Map.of("NETBOX_TOKEN", TempDirShellServices.TOKEN,
                "ROUTER_PASSWORD", "router-secret-1", "XDG_DATA_HOME", dir.resolve("xdg-data").toString()),
                "--config", services.configFile().toString(), "approve", CHOSEN.toString());
        assertThat(approve.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(approve.exitValue()).as(Files.readString(log)).isZero();
    }

    private void open(TempDirShellServices services) throws Exception {
        open(services, true);
    }

    private void open(TempDirShellServices services, boolean watchNow) throws Exception {
        background = BackgroundExecutor.create("test-ui-worker");
        watch = BackgroundExecutor.scheduled("test-watch");
        WaitForAsyncUtils.asyncFx(() -> {
            stage = new Stage();
            shell = new ShellViewModel(services, background, background, Platform::runLater);
            new MainWindow(shell).show(stage);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1366);
            stage.setHeight(768);
            if (watchNow) {
                shell.startWatching(watch);
            }
        }).get(10, TimeUnit.SECONDS);
        robot.clickOn("Review");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup(".review-grid").tryQuery()
                .map(n -> ((TableView<?>) n).getItems().size() == 60).orElse(false)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int indexOf(MacAddress mac) {
        List<HostRow> rows = grid().getItems();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).mac().equals(mac)) {
                return i;
            }
        }
        throw new AssertionError(mac + " is not shown");
    }

    private ReviewState stateOf(MacAddress mac) {
        return grid().getItems().get(indexOf(mac)).entry().state();
    }

    private int topIndex() {
        var flow = (javafx.scene.control.skin.VirtualFlow<?>) grid().lookup(".virtual-flow");
        return flow.getFirstVisibleCell().getIndex();
    }

    @SuppressWarnings("unchecked")
    private TableView<HostRow> grid() {
        return (TableView<HostRow>) robot.lookup(".review-grid").queryAs(TableView.class);
    }

}
