package org.netboxauto.ui;

import static org.netboxauto.ui.FxCalls.onFx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.core.Observation;
import org.netboxauto.discovery.DiscoveryListener;
import org.netboxauto.discovery.FixedSourceCollector;
import org.netboxauto.discovery.RunControl;
import org.netboxauto.testsupport.Peers;
import org.netboxauto.ui.review.RealisticHosts;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** View → Theme → Dark darkens every tab and is kept; a run that ends while the window is unfocused notifies. */
class DarkThemeTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T08:00:00Z");

    private final FxRobot robot = new FxRobot();
    private ExecutorService background;
    private ExecutorService worker;
    private Stage stage;
    private TempDirShellServices services;

    @TempDir
    Path dir;

    @BeforeEach
    void display() throws Exception {
        Peers.requireFxToolkit();
        List<Observation> office = RealisticHosts.office(120, MONDAY);
        services = new TempDirShellServices(dir).withConfigFile().withCollectors(List.of(
                FixedSourceCollector.returning(RealisticHosts.ROUTER, RealisticHosts.from(office, RealisticHosts.ROUTER)),
                FixedSourceCollector.returning(RealisticHosts.PROXMOX,
                        RealisticHosts.from(office, RealisticHosts.PROXMOX))));
        services.discover(List.of(), DiscoveryListener.NONE, new RunControl());
    }

    @AfterEach
    void close() throws Exception {
        WindowTeardown.closeAll(background, worker);
    }

    @Test
    void theDarkThemeIsChosenInTheViewMenuKeptAndWornByEveryTab() throws Exception {
        open();
        robot.clickOn("Review");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup(".review-grid").tryQuery()
                .map(n -> ((TableView<?>) n).getItems().size() == 120).orElse(false)));
        shoot("light");

        chooseTheme("Dark");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> Theme.current().darkProperty().get())).isTrue();
        assertThat(Files.readString(dir.resolve("data").resolve("theme.properties"))).contains("theme=dark");
        assertThat(onFx(() -> luminance(stage.getScene(), ".review-grid"))).as("the grid is dark").isLessThan(0.3);
        assertThat(onFx(() -> textLuminance())).as("labels are light").isGreaterThan(0.6);
        shoot("dark");

        chooseTheme("Light");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> luminance(stage.getScene(), ".review-grid"))).isGreaterThan(0.8);
    }

    @Test
    void aRunThatEndsWhileTheWindowIsNotFocusedNotifies() throws Exception {
        open();
        Stage other = onFx(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(new StackPane(new Label("another window")), 300, 200));
            s.show();
            s.requestFocus();
            return s;
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> !stage.isFocused()));
        onFx(() -> {
            other.toFront();
            return null;
        });
        onFx(() -> {
            robot.lookup("#startButton").queryButton().fire();
            return null;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> Window.getWindows().stream()
                .anyMatch(w -> w.isShowing() && w.getScene() != null
                        && w.getScene().getRoot().lookup(".notification-bar") != null)));
        String text = onFx(() -> Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                && w.getScene().getRoot().lookup(".notification-bar") != null).findFirst().orElseThrow()
                .getScene().getRoot().lookupAll(".label").stream().map(n -> ((Label) n).getText())
                .filter(t -> t != null).reduce("", (a, b) -> a + " | " + b));
        assertThat(text).contains("Discovery finished").contains("Run 2 succeeded");
        Screenshots.save(stage.getScene(), "notification-discovery.png");
        Screenshots.save(onFx(() -> Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                && w.getScene().getRoot().lookup(".notification-bar") != null).findFirst().orElseThrow().getScene()),
                "notification-popup.png");
    }

    /** View → Theme → {@code name}, as a click on the item does. */
    private void chooseTheme(String name) {
        onFx(() -> {
            var bar = (javafx.scene.control.MenuBar) robot.lookup(".menu-bar").query();
            var view = bar.getMenus().stream().filter(m -> m.getText().equals("View")).findFirst().orElseThrow();
            var theme = (javafx.scene.control.Menu) view.getItems().stream().filter(i -> "Theme".equals(i.getText()))
                    .findFirst().orElseThrow();
            theme.getItems().stream().filter(i -> name.equals(i.getText())).findFirst().orElseThrow().fire();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shoot(String theme) {
        for (int[] size : new int[][] {{1920, 1080}, {1366, 768}}) {
            onFx(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
                return null;
            });
            for (String tab : new String[] {"Discovery", "Review", "NetBox diff", "Push", "Topology"}) {
                robot.clickOn(tab);
                WaitForAsyncUtils.waitForFxEvents();
                Screenshots.save(stage.getScene(), "theme-" + theme + "-" + tab.toLowerCase().replace(' ', '-') + "-"
                        + size[0] + ".png");
            }
            robot.clickOn("Review");
        }
    }

    private double luminance(Scene scene, String query) {
        var image = scene.snapshot(null);
        Node node = scene.getRoot().lookup(query);
        var b = node.localToScene(node.getBoundsInLocal());
        // a point inside the grid, below the header, away from text
        int x = (int) (b.getMaxX() - 30);
        int y = (int) (b.getMaxY() - 30);
        int argb = image.getPixelReader().getArgb(x, y);
        return (((argb >> 16) & 0xff) * 0.2126 + ((argb >> 8) & 0xff) * 0.7152 + (argb & 0xff) * 0.0722) / 255;
    }

    private double textLuminance() {
        Label label = (Label) robot.lookup(".card-heading").query();
        var fill = (javafx.scene.paint.Color) label.getTextFill();
        return 0.2126 * fill.getRed() + 0.7152 * fill.getGreen() + 0.0722 * fill.getBlue();
    }

    private void open() throws Exception {
        background = BackgroundExecutor.create("test-ui-worker");
        worker = BackgroundExecutor.create("test-ui-discovery");
        WaitForAsyncUtils.asyncFx(() -> {
            stage = new Stage();
            new MainWindow(new ShellViewModel(services, background, worker, Platform::runLater)).show(stage);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1920);
            stage.setHeight(1080);
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

}
