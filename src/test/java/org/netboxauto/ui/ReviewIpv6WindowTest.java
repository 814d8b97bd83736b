package org.netboxauto.ui;

import static org.netboxauto.ui.FxCalls.onFx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.core.Evidence;
import org.netboxauto.core.HostFlag;
import org.netboxauto.core.MacAddress;
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

/** Dual-stack hosts in the Review tab: an IPv6 subnet filter, compressed addresses, temporary ones marked. */
class ReviewIpv6WindowTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T08:00:00Z");

    private final FxRobot robot = new FxRobot();
    private ExecutorService background;
    private ExecutorService discoveryWorker;
    private Stage stage;
    private TempDirShellServices services;

    @TempDir
    Path dir;

    @BeforeEach
    void display() throws Exception {
        Peers.requireFxToolkit();
        List<Observation> office = RealisticHosts.office(60, MONDAY);
        List<Observation> router = new ArrayList<>(RealisticHosts.from(office, RealisticHosts.ROUTER));
        // every third leased host is dual-stack: SLAAC EUI-64, a privacy address, its link-local one
        List<MacAddress> leased = router.stream().filter(o -> !o.ips().isEmpty()).map(Observation::mac).distinct()
                .toList();
        for (int i = 0; i < leased.size(); i += 3) {
            MacAddress mac = leased.get(i);
            String iid = eui64(mac);
            for (String ip : List.of("2001:0db8:0010:0000:" + iid, String.format("2001:db8:10:0:%x:94c2:7b0e:51f6",
                    0x3000 + i), "fe80:0:0:0:" + iid)) {
                router.add(new Observation(RealisticHosts.ROUTER, MONDAY, mac, List.of(ip), Optional.empty(),
                        Optional.empty(), Map.of(Evidence.TABLE, "ipv6-neighbors", Evidence.INTERFACE, "bridge")));
            }
        }
        services = new TempDirShellServices(dir).withConfigFile();
        services.withCollectors(List.of(FixedSourceCollector.returning(RealisticHosts.ROUTER, router),
                FixedSourceCollector.returning(RealisticHosts.PROXMOX, RealisticHosts.from(office,
                        RealisticHosts.PROXMOX))));
        services.discover(List.of(), DiscoveryListener.NONE, new RunControl());
    }

    @AfterEach
    void close() throws Exception {
        if (stage != null) {
            FxToolkit.cleanupStages();
        }
        if (background != null) {
            background.shutdown();
            discoveryWorker.shutdown();
            discoveryWorker.awaitTermination(20, TimeUnit.SECONDS);
            background.awaitTermination(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void anIpv6SubnetFilterShowsTheDualStackHostsWithTheirPrivacyAddressMarked() throws Exception {
        open(1920, 1080);
        int all = onFx(() -> grid().getItems().size());
        robot.clickOn(".review-toolbar .mono").write("2001:db8:10::/64");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> onFx(() -> grid().getItems().size() < all));
        List<HostRow> shown = onFx(() -> List.copyOf(grid().getItems()));
        assertThat(shown).isNotEmpty().allSatisfy(r -> {
            assertThat(r.host().ipValues()).anyMatch(ip -> ip.startsWith("2001:db8:10:0:"))
                    .noneMatch(ip -> ip.startsWith("fe80") || ip.contains("0db8"));
            assertThat(r.host().has(HostFlag.TEMPORARY_IPV6)).isTrue();
        });
        assertThat(robot.lookup("temporary IPv6").tryQuery()).isPresent();
        onFx(() -> {
            grid().getSelectionModel().clearAndSelect(0);
            return null;
        });
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup((Labeled l) -> l.getText() != null
                && l.getText().startsWith("temporary (privacy) address, not pushed")).tryQuery().isPresent()));
        assertThat(onFx(() -> robot.lookup((Labeled l) -> "link-local".equals(l.getText())).tryQuery().isPresent()))
                .as("the link-local address is evidence").isTrue();
        Screenshots.save(stage.getScene(), "review-ipv6-1920.png");

        onFx(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(stage.getScene(), "review-ipv6-1366.png");

        onFx(() -> {
            robot.lookup(".review-toolbar .mono").queryAs(TextField.class).setText("2001:db8:10::1/64");
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(stage.getScene(), "review-ipv6-bad-subnet.png");
    }

    private static String eui64(MacAddress mac) {
        long b = mac.bits() ^ 0x0200_0000_0000L;
        return String.format("%x:%xff:fe%02x:%x", b >> 32 & 0xFFFF, b >> 24 & 0xFF, b >> 16 & 0xFF, b & 0xFFFF);
    }

    private void open(int width, int height) throws Exception {
        background = BackgroundExecutor.create("test-ui-worker");
        discoveryWorker = BackgroundExecutor.create("test-discovery");
        WaitForAsyncUtils.asyncFx(() -> {
            stage = new Stage();
            new MainWindow(new ShellViewModel(services, background, discoveryWorker, Platform::runLater)).show(stage);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        }).get(10, TimeUnit.SECONDS);
        robot.clickOn("Review");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup(".review-grid").tryQuery()
                .map(n -> !((TableView<?>) n).getItems().isEmpty()).orElse(false)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<HostRow> grid() {
        return onFx(() -> (TableView<HostRow>) robot.lookup(".review-grid").queryAs(TableView.class));
    }

}
