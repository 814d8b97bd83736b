package org.netboxauto.ui;

import static org.netboxauto.ui.FxCalls.onFx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.core.IpOrder;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.core.ReviewState;
import org.netboxauto.discovery.DiscoveryListener;
import org.netboxauto.discovery.FixedSourceCollector;
import org.netboxauto.discovery.RunControl;
import org.netboxauto.ui.review.HostRow;
import org.netboxauto.ui.review.RealisticHosts;
import org.netboxauto.testsupport.Peers;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Review tab in the real window over the real services and store, driven by mouse and keyboard. */
class ReviewWindowTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T08:00:00Z");

    private final FxRobot robot = new FxRobot();
    private ExecutorService background;
    private ExecutorService discoveryWorker;
    private Stage stage;
    private TempDirShellServices services;
    private List<Observation> office;

    @TempDir
    Path dir;

    @BeforeEach
    void display() throws Exception {
        Peers.requireFxToolkit();
        office = RealisticHosts.office(200, MONDAY);
        services = new TempDirShellServices(dir).withConfigFile();
        discover(office);
    }

    @AfterEach
    void close() throws Exception {
        if (stage != null) {
            FxToolkit.cleanupStages();
        }
        shutdown();
    }

    @Test
    void twoHundredHostsShowWithBadgesFlagsSuggestionsAndTheDetailOfTheSelectedOne() throws Exception {
        openReview();
        assertThat(grid().getItems()).hasSize(200);
        assertThat(visibleColumns()).contains("IP addresses", "Vendor", "Sources", "Switch", "Kind", "Flags")
                .doesNotContain("NetBox match");
        Screenshots.save(stage.getScene(), "review-grid.png");

        onFx(() -> {
            grid().getSelectionModel().clearAndSelect(7);
            grid().scrollTo(0);
            return null;
        });
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup(".detail-provenance")
                .queryAll().size() > 3 && robot.lookup((javafx.scene.control.Labeled l) -> l.getText() != null
                && l.getText().endsWith("observations in all")).tryQuery().isPresent()));
        Screenshots.save(stage.getScene(), "review-detail.png");
    }

    @Test
    void sortingByIpIsNumericAndAClickMoreReversesIt() throws Exception {
        openReview();
        robot.clickOn("IP addresses");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> firstIps = onFx(() -> grid().getItems().stream().map(r -> r.host().ipValues())
                .filter(ips -> !ips.isEmpty()).map(ips -> ips.stream().min(IpOrder.LITERALS).orElseThrow()).toList());
        assertThat(firstIps).isSortedAccordingTo(IpOrder.LITERALS);
        assertThat(firstIps).as("numeric, not text order").containsSubsequence("10.10.0.20", "10.10.0.99",
                "10.10.0.100", "10.20.0.21");

        robot.clickOn("IP addresses");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> reversed = onFx(() -> grid().getItems().stream().map(r -> r.host().ipValues())
                .filter(ips -> !ips.isEmpty()).map(ips -> ips.stream().min(IpOrder.LITERALS).orElseThrow()).toList());
        assertThat(reversed).isSortedAccordingTo(IpOrder.LITERALS.reversed());
    }

    @Test
    void ctrlFFiltersAsYouTypeAndKeysApproveTheSelectionThenCtrlZUndoes() throws Exception {
        openReview();
        robot.clickOn(".review-grid");
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        assertThat(onFx(() -> robot.lookup(".search-field").queryAs(TextField.class).isFocused())).isTrue();
        robot.write("printer-");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(grid().getItems()).isNotEmpty().hasSizeLessThan(200).allSatisfy(r -> assertThat(r.host()
                .hostnameValue().orElseThrow()).startsWith("printer-"));
        int printers = grid().getItems().size();
        Screenshots.save(stage.getScene(), "review-filtered.png");

        robot.clickOn(firstRow());
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN, 3).release(KeyCode.SHIFT);
        assertThat(grid().getSelectionModel().getSelectedItems()).hasSize(4);
        robot.type(KeyCode.A);
        assertThat(approved()).as("shown before the store has it").isEqualTo(4);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> message().equals("Approved 4 hosts"));
        assertThat(grid().getSelectionModel().getSelectedItems()).as("the selection stays for the next key")
                .hasSize(4).allSatisfy(r -> assertThat(r.entry().state()).isEqualTo(ReviewState.APPROVED));
        assertThat(stored(ReviewState.APPROVED)).isEqualTo(4);
        robot.type(KeyCode.DIGIT4);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> grid().getItems().stream()
                .filter(r -> r.entry().kind().filter("network"::equals).isPresent()).count() == 4));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> message().equals("Classified 4 hosts as network"));
        Screenshots.save(stage.getScene(), "review-approved.png");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> grid().getItems().stream()
                .noneMatch(r -> r.entry().kind().isPresent())));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> approved() == 0);
        assertThat(stored(ReviewState.APPROVED)).isZero();
        assertThat(grid().getItems()).hasSize(printers);
    }

    @Test
    void decisionsFilterAndColumnsOutliveARediscoveryThatMovesTheHostAndARestart() throws Exception {
        openReview();
        HostRow printer = onFx(() -> grid().getItems().stream()
                .filter(r -> r.host().hostnameValue().orElse("").startsWith("printer-")).findFirst().orElseThrow());
        MacAddress mac = printer.mac();
        onFx(() -> {
            grid().getSelectionModel().clearAndSelect(grid().getItems().indexOf(printer));
            grid().requestFocus();
            return null;
        });
        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> message().equals("Approved 1 host"));
        robot.clickOn(".search-field").write("printer");
        robot.clickOn("Columns");
        Node vendorItem = onFx(() -> robot.from(robot.lookup(".context-menu").queryAll()).lookup("Vendor").query());
        robot.clickOn(vendorItem);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visibleColumns()).doesNotContain("Vendor");

        robot.clickOn("Discovery");
        services.withCollectors(collectors(RealisticHosts.withMovedIp(office, mac, "10.20.9.9",
                MONDAY.plusSeconds(86_400))));
        robot.clickOn("Start discovery");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("0 new").tryQuery().isPresent()));
        robot.clickOn("Review");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> grid().getItems().stream()
                .anyMatch(r -> r.mac().equals(mac) && r.host().ipValues().equals(List.of("10.20.9.9")))));
        HostRow moved = onFx(() -> grid().getItems().stream().filter(r -> r.mac().equals(mac)).findFirst()
                .orElseThrow());
        assertThat(moved.entry().state()).isEqualTo(ReviewState.APPROVED);

        WaitForAsyncUtils.asyncFx(() -> stage.hide()).get(10, TimeUnit.SECONDS);
        shutdown();
        openReview();
        assertThat(onFx(() -> robot.lookup(".search-field").queryAs(TextField.class).getText())).isEqualTo("printer");
        assertThat(visibleColumns()).doesNotContain("Vendor").contains("IP addresses");
        assertThat(grid().getItems()).allSatisfy(r -> assertThat(r.host().hostnameValue().orElseThrow())
                .contains("printer"));
        assertThat(onFx(() -> grid().getItems().stream().filter(r -> r.mac().equals(mac)).findFirst().orElseThrow()
                .entry().state())).isEqualTo(ReviewState.APPROVED);
    }

    private void discover(List<Observation> observations) {
        services.withCollectors(collectors(observations));
        services.discover(List.of(), DiscoveryListener.NONE, new RunControl());
    }

    private static List<org.netboxauto.discovery.Collector> collectors(List<Observation> observations) {
        return List.of(
                FixedSourceCollector.returning(RealisticHosts.ROUTER, RealisticHosts.from(observations,
                        RealisticHosts.ROUTER)),
                FixedSourceCollector.returning(RealisticHosts.PROXMOX, RealisticHosts.from(observations,
                        RealisticHosts.PROXMOX)));
    }

    private void openReview() throws Exception {
        background = BackgroundExecutor.create("test-ui-worker");
        discoveryWorker = BackgroundExecutor.create("test-discovery");
        WaitForAsyncUtils.asyncFx(() -> {
            stage = new Stage();
            new MainWindow(new ShellViewModel(services, background, discoveryWorker, Platform::runLater)).show(stage);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(800);
        }).get(10, TimeUnit.SECONDS);
        robot.clickOn("Review");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup(".review-grid").tryQuery()
                .map(n -> !((TableView<?>) n).getItems().isEmpty()).orElse(false)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shutdown() throws InterruptedException {
        if (background != null) {
            background.shutdown();
            discoveryWorker.shutdown();
            discoveryWorker.awaitTermination(20, TimeUnit.SECONDS);
            background.awaitTermination(20, TimeUnit.SECONDS);
            background = null;
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<HostRow> grid() {
        return onFx(() -> (TableView<HostRow>) robot.lookup(".review-grid").queryAs(TableView.class));
    }

    private List<String> visibleColumns() {
        return onFx(() -> grid().getVisibleLeafColumns().stream().map(TableColumn::getText).toList());
    }

    private Node firstRow() {
        return onFx(() -> robot.from(grid()).lookup(".table-row-cell").queryAll().stream()
                .filter(n -> ((javafx.scene.control.TableRow<?>) n).getIndex() == 0).findFirst().orElseThrow());
    }

    private String message() {
        return onFx(() -> robot.lookup("#message").queryAs(javafx.scene.control.Label.class).getText());
    }

    private long approved() {
        return onFx(() -> grid().getItems().stream().filter(r -> r.entry().state() == ReviewState.APPROVED).count());
    }

    private long stored(ReviewState state) {
        return services.reviewHosts().stream().filter(e -> e.state() == state).count();
    }

}
