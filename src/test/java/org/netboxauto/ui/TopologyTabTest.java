package org.netboxauto.ui;

import static org.netboxauto.ui.FxCalls.onFx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.core.Observation;
import org.netboxauto.core.topology.PortHost;
import org.netboxauto.core.topology.SwitchReport;
import org.netboxauto.core.topology.TopologyLab;
import org.netboxauto.discovery.Collector;
import org.netboxauto.discovery.DiscoveryListener;
import org.netboxauto.discovery.RunControl;
import org.netboxauto.testsupport.Peers;
import org.netboxauto.ui.review.HostRow;
import org.netboxauto.ui.topology.LaidOutTopology;
import org.netboxauto.ui.topology.TopologyCanvas;
import org.netboxauto.ui.topology.TopologyPalette;
import org.netboxauto.ui.topology.TopologyPng;
import org.netboxauto.ui.topology.TopologySvg;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Topology tab over a lab network discovered into the real store: the map, a switch's front panel, a port's
 * hosts shown in Review, PNG and SVG export, and frame times at 200 switches.
 */
class TopologyTabTest {

    private static final Instant AT = Instant.parse("2026-12-01T08:00:00Z");

    private final FxRobot robot = new FxRobot();
    private ExecutorService background;
    private ExecutorService worker;
    private Stage stage;
    private ShellViewModel shell;

    @TempDir
    Path dir;

    @BeforeEach
    void toolkit() throws Exception {
        Peers.requireFxToolkit();
    }

    @AfterEach
    void close() throws Exception {
        WindowTeardown.closeAll(background, worker);
    }

    @Test
    void fiveSwitchesAClickedSwitchsPortsAndAPortsHostShownInReview() throws Exception {
        open(lab(5));
        LaidOutTopology laid = showTopology(5);
        assertThat(laid.topology().nodes()).hasSize(8);
        shootAll("topology-5");

        TopologyCanvas map = canvas();
        double fitted = onFx(map::scale);
        robot.clickOn(map).type(javafx.scene.input.KeyCode.ADD);
        assertThat(onFx(map::scale)).as("+ zooms in").isGreaterThan(fitted);
        Point2D core = onFx(() -> map.screenPoint("switch:core-01"));
        robot.drag(map, javafx.scene.input.MouseButton.PRIMARY).dropBy(60, 40);
        Point2D moved = onFx(() -> map.screenPoint("switch:core-01"));
        assertThat(moved.getX() - core.getX()).as("a drag pans").isCloseTo(60, org.assertj.core.data.Offset.offset(3.0));
        robot.scroll(-5, javafx.geometry.VerticalDirection.UP);
        robot.type(javafx.scene.input.KeyCode.DIGIT0);
        assertThat(onFx(map::scale)).as("0 fits the map again").isCloseTo(fitted,
                org.assertj.core.data.Offset.offset(1e-9));

        clickNode("switch:dist-02");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> shell.topology().panel().size() == 30));
        robot.clickOn("#port-Gi1_0_1");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<PortHost> hosts = (ListView<PortHost>) robot.lookup("#topology-port-hosts").query();
        assertThat(onFx(() -> hosts.getItems().stream().map(PortHost::label).toList())).containsExactly("pc-2-1");
        Screenshots.save(stage.getScene(), "topology-5-port-1920.png");
        onFx(() -> {
            Theme.current().choiceProperty().set(Theme.Choice.DARK);
            return null;
        });
        Screenshots.save(stage.getScene(), "topology-5-port-dark-1920.png");

        assertThat(onFx(() -> hosts.getSelectionModel().getSelectedIndex())).as("the first host is ready").isZero();
        robot.clickOn("#topology-show-in-review");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup(".review-grid").tryQuery()
                .map(n -> {
                    HostRow row = ((TableView<HostRow>) n).getSelectionModel().getSelectedItem();
                    return row != null && row.host().hostnameValue().orElse("").equals("pc-2-1");
                }).orElse(false)));
        assertThat(onFx(() -> ((javafx.scene.control.TabPane) robot.lookup(".main-tabs").query())
                .getSelectionModel().getSelectedItem().getText())).isEqualTo("Review");
        Screenshots.save(stage.getScene(), "topology-5-shown-in-review-1920.png");

        Path png = dir.resolve("map.png");
        var image = onFx(() -> TopologyPng.snapshot(canvas()));
        TopologyPng.write(image, png);
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo((int) image.getWidth());
        String svg = TopologySvg.of(laid, TopologyPalette.LIGHT);
        Files.writeString(dir.resolve("map.svg"), svg);
        // kept beside the screenshots, for people to look at
        Files.writeString(Files.createDirectories(Path.of(System.getProperty("netboxauto.screenshots",
                "target/screenshots"))).resolve("topology-5-export.svg"), svg);
        TopologyPng.write(image, Path.of(System.getProperty("netboxauto.screenshots", "target/screenshots"))
                .resolve("topology-5-export.png"));
        assertThat(svg).startsWith("<?xml").contains("<svg", ">core-01</text>", ">pve-2.lab.example</text>")
                .endsWith("</svg>\n");
        assertThat(svg.split("<line ", -1)).hasSize(laid.topology().edges().size() + 1);
        var xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(dir.resolve("map.svg").toFile());
        double width = Double.parseDouble(xml.getDocumentElement().getAttribute("width"));
        var texts = xml.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            var text = (org.w3c.dom.Element) texts.item(i);
            double x = Double.parseDouble(text.getAttribute("x"));
            double half = text.getTextContent().length() * 7.2 / 2;
            assertThat(x - half).as("the label " + text.getTextContent() + " is inside the picture").isPositive();
            assertThat(x + half).as("the label " + text.getTextContent() + " is inside the picture").isLessThan(width);
        }
        assertThat(javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(dir.resolve("map.svg").toFile()).getDocumentElement().getNodeName()).isEqualTo("svg");
    }

    @Test
    void twoHundredSwitchesStayFluid() throws Exception {
        open(lab(200));
        LaidOutTopology laid = showTopology(200);
        TopologyCanvas canvas = canvas();
        long[] draws = new long[60];
        long[] pulses = new long[60];
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        onFx(() -> {
            // one zoom step a pulse, as a wheel or pinch gives them: the time between pulses is what a user sees
            new javafx.animation.AnimationTimer() {
                private int frame = -1;
                private long last;

                @Override
                public void handle(long now) {
                    if (frame >= 0) {
                        pulses[frame] = now - last;
                        draws[frame] = canvas.lastFrameNanos();
                    }
                    last = now;
                    if (++frame == pulses.length) {
                        stop();
                        canvas.fit();
                        done.countDown();
                        return;
                    }
                    if (frame % 20 < 10) {
                        canvas.zoomIn();
                    } else {
                        canvas.zoomOut();
                    }
                }
            }.start();
            return null;
        });
        assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
        long[] sorted = pulses.clone();
        java.util.Arrays.sort(sorted);
        long[] drawn = draws.clone();
        java.util.Arrays.sort(drawn);
        System.out.printf("topology tab: %d switches, %d nodes, %d edges: build and layout %d ms; while zooming,"
                + " pulse to pulse median %.1f ms, worst %.1f ms (%.0f frames/s); canvas commands median %.2f ms,"
                + " worst %.2f ms over %d frames (load %.1f)%n", laid.topology().switches(),
                laid.topology().nodes().size(), laid.topology().edges().size(), laid.layoutTime().toMillis(),
                sorted[sorted.length / 2] / 1e6, sorted[sorted.length - 1] / 1e6, 1e9 / sorted[sorted.length / 2],
                drawn[drawn.length / 2] / 1e6, drawn[drawn.length - 1] / 1e6, sorted.length,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        assertThat(sorted[sorted.length / 2]).as("a frame is drawn at all").isPositive();
        clickNode("switch:acc-042");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> shell.topology().selectedProperty().get() != null));
        robot.clickOn("#port-Gi1_0_3");
        shootAll("topology-200");
    }

    @Test
    void withoutAnySwitchReportTheTabSaysWhichSourceToConfigure() throws Exception {
        TempDirShellServices services = new TempDirShellServices(dir).withConfigFile(TempDirShellServices.NETBOX_ONLY);
        open(services);
        robot.clickOn("Topology");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> shell.topology().loadedProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        String text = onFx(() -> robot.lookup(".label").queryAll().stream().map(n -> ((Label) n).getText())
                .filter(t -> t != null).reduce("", (a, b) -> a + " | " + b));
        assertThat(text).contains("See how your switches connect").contains("sources.snmp[]")
                .contains("after a discovery run");
        assertThat(robot.lookup("#topology-canvas").tryQuery()).isEmpty();
        Screenshots.save(stage.getScene(), "topology-empty-1920.png");
        onFx(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
            return null;
        });
        Screenshots.save(stage.getScene(), "topology-empty-1366.png");
    }

    /** The lab discovered into the real store, each switch configured as an SNMP source. */
    private TempDirShellServices lab(int n) throws Exception {
        Map<String, List<Observation>> seen = TopologyLab.observations(n, AT);
        List<SwitchReport> reports = TopologyLab.reports(n);
        List<Collector> collectors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String source = "snmp:" + TopologyLab.name(i);
            collectors.add(new LabCollector(source, seen.get(source), Optional.of(reports.get(i))));
        }
        collectors.add(new LabCollector(TopologyLab.PROXMOX, seen.get(TopologyLab.PROXMOX), Optional.empty()));
        TempDirShellServices services = new TempDirShellServices(dir)
                .withConfigFile(TempDirShellServices.NETBOX_ONLY + TopologyLab.snmpSources(n))
                .withCollectors(collectors);
        services.discover(List.of(), DiscoveryListener.NONE, new RunControl());
        return services;
    }

    private LaidOutTopology showTopology(int switches) throws Exception {
        robot.clickOn("Topology");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() ->
                shell.topology().drawingProperty().get().topology().switches() == switches
                        && robot.lookup("#topology-canvas").tryQuery().isPresent()));
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> shell.topology().drawingProperty().get());
    }

    private TopologyCanvas canvas() {
        return (TopologyCanvas) robot.lookup("#topology-canvas").query();
    }

    private void clickNode(String id) {
        Point2D at = onFx(() -> {
            TopologyCanvas canvas = canvas();
            return canvas.localToScreen(canvas.screenPoint(id));
        });
        robot.clickOn(at);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shootAll(String name) {
        for (Theme.Choice theme : new Theme.Choice[] {Theme.Choice.LIGHT, Theme.Choice.DARK}) {
            for (int[] size : new int[][] {{1920, 1080}, {1366, 768}}) {
                onFx(() -> {
                    Theme.current().choiceProperty().set(theme);
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                    return null;
                });
                WaitForAsyncUtils.waitForFxEvents();
                Screenshots.save(stage.getScene(), name + "-" + theme.name().toLowerCase() + "-" + size[0] + ".png");
            }
        }
        onFx(() -> {
            Theme.current().choiceProperty().set(Theme.Choice.LIGHT);
            stage.setWidth(1920);
            stage.setHeight(1080);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void open(TempDirShellServices services) throws Exception {
        background = BackgroundExecutor.create("test-ui-worker");
        worker = BackgroundExecutor.create("test-ui-discovery");
        WaitForAsyncUtils.asyncFx(() -> {
            stage = new Stage();
            shell = new ShellViewModel(services, background, worker, Platform::runLater);
            new MainWindow(shell).show(stage);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1920);
            stage.setHeight(1080);
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

}
