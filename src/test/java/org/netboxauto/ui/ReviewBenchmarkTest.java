package org.netboxauto.ui;

import static org.netboxauto.ui.FxCalls.onFx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.core.IpOrder;
import org.netboxauto.core.Observation;
import org.netboxauto.discovery.DiscoveryListener;
import org.netboxauto.discovery.FixedSourceCollector;
import org.netboxauto.discovery.RunControl;
import org.netboxauto.testsupport.Peers;
import org.netboxauto.ui.review.HostRow;
import org.netboxauto.ui.review.RealisticHosts;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Prints how the Review tab copes with 50,000 hosts in the real window and store; never fails on time. */
class ReviewBenchmarkTest {

    private static final int HOSTS = 50_000;

    private final FxRobot robot = new FxRobot();
    private ExecutorService background;
    private ExecutorService discoveryWorker;
    private Stage stage;

    @TempDir
    Path dir;

    @AfterEach
    void close() throws Exception {
        if (stage != null) {
            FxToolkit.cleanupStages();
        }
        if (background != null) {
            background.shutdown();
            discoveryWorker.shutdown();
            background.awaitTermination(30, TimeUnit.SECONDS);
            discoveryWorker.awaitTermination(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void fiftyThousandHostsOpenSortAndFilter() throws Exception {
        Peers.requireFxToolkit();
        Instant now = Instant.parse("2026-11-23T08:00:00Z");
        List<Observation> office = RealisticHosts.office(HOSTS, now);
        TempDirShellServices services = new TempDirShellServices(dir).withConfigFile().withCollectors(List.of(
                FixedSourceCollector.returning(RealisticHosts.ROUTER,
                        RealisticHosts.from(office, RealisticHosts.ROUTER)),
                FixedSourceCollector.returning(RealisticHosts.PROXMOX, RealisticHosts.from(office,
                        RealisticHosts.PROXMOX))));
        services.discover(List.of(), DiscoveryListener.NONE, new RunControl());
        office = null;
        long readStart = System.nanoTime();
        long readCpuStart = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        int read = services.reviewHosts().size();
        long readMs = millis(readStart);
        long readCpuMs = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()
                - readCpuStart) / 1_000_000;
        assertThat(read).isEqualTo(HOSTS);

        background = BackgroundExecutor.create("bench-ui-worker");
        discoveryWorker = BackgroundExecutor.create("bench-discovery");
        ShellViewModel[] shell = new ShellViewModel[1];
        WaitForAsyncUtils.asyncFx(() -> {
            stage = new Stage();
            shell[0] = new ShellViewModel(services, background, discoveryWorker, Platform::runLater);
            new MainWindow(shell[0]).show(stage);
            stage.setWidth(1280);
            stage.setHeight(800);
        }).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> !stage.getScene().getRoot()
                .lookupAll(".status-item").isEmpty()));
        // the user clicks Review once the status bar has told how many hosts there are
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> shell[0].status().hostsProperty().get()
                .startsWith("50,000 hosts") || shell[0].status().hostsProperty().get().startsWith("50000 hosts")));
        WaitForAsyncUtils.waitForFxEvents();
        long heapBefore = usedHeap();

        long openStart = System.nanoTime();
        onFx(() -> {
            ((TabPane) stage.getScene().getRoot().lookup(".main-tabs")).getSelectionModel().select(1);
            return null;
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> grid() != null
                && grid().getItems().size() == HOSTS && !grid().lookupAll(".table-row-cell").isEmpty()));
        long openMs = millis(openStart);
        long heapAfter = usedHeap();

        TableColumn<HostRow, ?> ip = onFx(() -> grid().getColumns().stream().filter(c -> "ips".equals(c.getId()))
                .findFirst().orElseThrow());
        HostRow lowest = onFx(() -> grid().getItems().stream().filter(r -> !r.host().ipValues().isEmpty())
                .min(Comparator.comparing(r -> r.host().ipValues().getFirst(), IpOrder.LITERALS)).orElseThrow());
        Timing sort = time(() -> grid().getSortOrder().setAll(List.of(ip)),
                () -> grid().getItems().getFirst() == lowest);
        Timing reverse = time(() -> ip.setSortType(TableColumn.SortType.DESCENDING),
                () -> grid().getItems().getLast() == lowest);
        time(() -> ip.setSortType(TableColumn.SortType.ASCENDING), () -> grid().getItems().getFirst() == lowest);
        List<String> firstIps = onFx(() -> grid().getItems().stream().limit(1000).map(r -> r.host().ipValues())
                .filter(ips -> !ips.isEmpty()).map(List::getFirst).toList());
        assertThat(firstIps).isSortedAccordingTo(IpOrder.LITERALS);
        List<List<String>> ipLists = onFx(() -> grid().getItems().stream().map(r -> r.host().ipValues()).toList());
        long naiveStart = System.nanoTime();
        List<List<String>> naive = new ArrayList<>(ipLists);
        naive.sort(Comparator.comparing((List<String> ips) -> ips.isEmpty() ? "" : ips.getFirst(), IpOrder.LITERALS));
        long naiveMs = millis(naiveStart);

        Timing filter = filter("printer-4", () -> grid().getItems().size() < 1000);
        int printers = onFx(() -> grid().getItems().size());
        Timing clear = filter("", () -> grid().getItems().size() == HOSTS);
        Timing macFilter = filter("30-05-5c-10-0", () -> grid().getItems().size() < HOSTS);
        assertThat(printers).isBetween(1, HOSTS - 1);
        HostRow first = onFx(() -> {
            grid().getSelectionModel().clearAndSelect(0);
            return grid().getSelectionModel().getSelectedItem();
        });
        Timing approve = time(() -> ((javafx.scene.control.Button) stage.getScene().getRoot().lookup(".approve-button"))
                .fire(), () -> first.entry().state() == org.netboxauto.core.ReviewState.APPROVED);

        System.out.printf("[benchmark] review tab, %,d hosts: open %d ms (store read alone %d ms, %d ms CPU of the"
                + " reading thread); target 1500 ms; ratio %.2f%n", HOSTS, openMs, readMs, readCpuMs, openMs / 1500.0);
        System.out.printf("[benchmark] review tab: sort by IP %d ms until shown (longest FX-thread stall %d ms),"
                + " reversed %d ms (stall %d ms); precomputed keys, vs %d ms sorting the same lists with"
                + " IpOrder.LITERALS; target 150 ms; ratio %.2f%n", sort.totalMs(), sort.stallMs(), reverse.totalMs(),
                reverse.stallMs(), naiveMs, sort.totalMs() / 150.0);
        System.out.printf("[benchmark] review tab: filter by text %d ms until shown (stall %d ms, %d rows), by partial"
                + " MAC %d ms (stall %d ms), clear %d ms (stall %d ms); target 150 ms; ratio %.2f%n", filter.totalMs(),
                filter.stallMs(), printers, macFilter.totalMs(), macFilter.stallMs(), clear.totalMs(), clear.stallMs(),
                filter.totalMs() / 150.0);
        System.out.printf("[benchmark] review tab: approve one of %,d hosts %d ms until shown, saved in the store"
                + " (longest FX-thread stall %d ms)%n", HOSTS, approve.totalMs(), approve.stallMs());
        System.out.printf("[benchmark] review tab: heap %d MB after load (%d MB more than before the tab opened);"
                + " target 512 MB; ratio %.2f%n", heapAfter >> 20, (heapAfter - heapBefore) >> 20,
                (heapAfter >> 20) / 512.0);
    }

    private Timing filter(String text, Callable<Boolean> done) {
        return time(() -> ((javafx.scene.control.TextField) stage.getScene().getRoot().lookup(".search-field"))
                .setText(text), done);
    }

    /** How long until {@code done} holds, and the longest the FX thread left a 1 ms heartbeat waiting meanwhile. */
    private static Timing time(Runnable action, Callable<Boolean> done) {
        java.util.concurrent.atomic.AtomicLong stall = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicBoolean beating = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread heart = Thread.ofPlatform().daemon().start(() -> {
            while (beating.get()) {
                long sent = System.nanoTime();
                java.util.concurrent.CountDownLatch beat = new java.util.concurrent.CountDownLatch(1);
                Platform.runLater(beat::countDown);
                try {
                    beat.await();
                    stall.accumulateAndGet(millis(sent), Math::max);
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long start = System.nanoTime();
        onFx(() -> {
            action.run();
            return null;
        });
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(done));
            long total = millis(start);
            WaitForAsyncUtils.waitForFxEvents();
            return new Timing(total, stall.get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(e);
        } finally {
            beating.set(false);
            heart.interrupt();
        }
    }

    private record Timing(long totalMs, long stallMs) {
    }

    @SuppressWarnings("unchecked")
    private TableView<HostRow> grid() {
        return (TableView<HostRow>) stage.getScene().getRoot().lookup(".review-grid");
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

}
