package org.netboxauto.ui;

import static org.netboxauto.ui.FxCalls.onFx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
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
import org.netboxauto.service.DiscoveryReport;
import org.netboxauto.ui.review.HostRow;
import org.netboxauto.ui.review.RealisticHosts;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Review tab, "Make a rule from this selection…": two Proxmox VMs selected give a rule whose dry run
 * counts the undecided hosts it would decide; added, it lands in the config file with its comments kept,
 * and the next discovery run decides exactly that many hosts.
 */
class MakeRuleTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T08:00:00Z");
    private static final String CONFIG = TempDirShellServices.GOOD_CONFIG + """
            # the kinds we file hosts under
            review.kinds = [server, vm, workstation, printer]
            """;

    private final FxRobot robot = new FxRobot();
    private ExecutorService background;
    private ExecutorService worker;
    private Stage stage;
    private TempDirShellServices services;
    private List<Observation> office;

    @TempDir
    Path dir;

    @BeforeEach
    void display() throws Exception {
        Peers.requireFxToolkit();
        office = RealisticHosts.office(120, MONDAY);
        services = new TempDirShellServices(dir).withConfigFile(CONFIG).withCollectors(List.of(
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
    void aRuleFromTwoVmsCountsWhatItWouldDecideAndTheNextRunDecidesThatMany() throws Exception {
        open();
        List<Integer> vms = onFx(() -> {
            List<HostRow> rows = grid().getItems();
            return java.util.stream.IntStream.range(0, rows.size())
                    .filter(i -> rows.get(i).entry().host().sources().equals(List.of(RealisticHosts.PROXMOX)))
                    .boxed().toList();
        });
        assertThat(vms).as("VMs only Proxmox knows").hasSizeGreaterThan(3);
        // one VM decided by a person: the rule must not count it
        onFx(() -> {
            grid().getSelectionModel().clearAndSelect(vms.get(2));
            return null;
        });
        onFx(() -> {
            grid().requestFocus();
            return null;
        });
        robot.type(javafx.scene.input.KeyCode.R);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> grid().getItems().get(vms.get(2)).entry()
                .state() == org.netboxauto.core.ReviewState.REJECTED));

        for (String theme : new String[] {"light", "dark"}) {
            onFx(() -> {
                Theme.current().choiceProperty().set(theme.equals("dark") ? Theme.Choice.DARK : Theme.Choice.LIGHT);
                return null;
            });
            for (int[] size : new int[][] {{1920, 1080}, {1366, 768}}) {
                resize(size);
                DialogPane dialog = openDialog(vms.get(0), vms.get(1));
                Screenshots.saveScreen(stage, "make-rule-" + theme + "-" + size[0] + "x" + size[1] + ".png");
                onFx(() -> {
                    ((Button) dialog.lookupButton(javafx.scene.control.ButtonType.CANCEL)).fire();
                    return null;
                });
                WaitForAsyncUtils.waitForFxEvents();
            }
        }

        DialogPane dialog = openDialog(vms.get(0), vms.get(1));
        String withSubnet = dryRun(dialog);
        List<String> conditions = onFx(() -> dialog.lookupAll(".rule-condition").stream()
                .map(n -> ((CheckBox) n).getText()).toList());
        assertThat(conditions).contains("Seen by source " + RealisticHosts.PROXMOX);
        // only "seen by source": every undecided VM
        onFx(() -> {
            dialog.lookupAll(".rule-condition").forEach(n -> ((CheckBox) n).setSelected(
                    ((CheckBox) n).getText().startsWith("Seen by source")));
            return null;
        });
        String sourceOnly = dryRun(dialog);
        int promised = count(sourceOnly);
        long undecidedFromProxmox = onFx(() -> grid().getItems().stream().filter(r -> r.entry().undecided()
                && r.entry().host().sources().contains(RealisticHosts.PROXMOX)).count());
        assertThat(promised).as("every undecided host Proxmox knows").isEqualTo((int) undecidedFromProxmox);
        assertThat(sourceOnly).contains("(" + (promised - 2) + " of them not selected)");
        assertThat(withSubnet).isNotEmpty();
        onFx(() -> {
            javafx.scene.control.TextField name = (javafx.scene.control.TextField) dialog.lookup(".rule-name");
            name.setText("proxmox-vms");
            return null;
        });
        Button add = onFx(() -> (Button) dialog.lookupButton(
                dialog.getButtonTypes().stream().filter(b -> b.getText().equals("Add to config")).findFirst()
                        .orElseThrow()));
        assertThat(onFx(add::isDefaultButton)).as("writing the config is not the default button").isFalse();
        onFx(() -> {
            add.fire();
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup((Label l) -> l.getText() != null
                && l.getText().startsWith("Added review rule \"proxmox-vms\"")).tryQuery().isPresent()));
        String config = Files.readString(services.configFile());
        assertThat(config).contains("# the kinds we file hosts under")
                .contains("name = \"proxmox-vms\", when { source = \"" + RealisticHosts.PROXMOX + "\" }");

        DiscoveryReport next = services.discover(List.of(), DiscoveryListener.NONE, new RunControl());
        assertThat(next.ruled()).as("the next run decided what the dry run promised")
                .containsEntry("proxmox-vms", promised);
    }

    private DialogPane openDialog(int first, int second) throws Exception {
        onFx(() -> {
            grid().getSelectionModel().clearSelection();
            grid().getSelectionModel().select(first);
            grid().getSelectionModel().select(second);
            return null;
        });
        MenuItem item = onFx(() -> grid().getContextMenu().getItems().stream()
                .filter(i -> "Make a rule from this selection…".equals(i.getText())).findFirst().orElseThrow());
        Platform.runLater(item::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialogPane() != null);
        DialogPane pane = dialogPane();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !dryRun(pane).isEmpty());
        return pane;
    }

    private DialogPane dialogPane() {
        return onFx(() -> Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                && w.getScene().getRoot() instanceof DialogPane p && p.lookup(".rule-dry-run") != null)
                .map(w -> (DialogPane) w.getScene().getRoot()).findFirst().orElse(null));
    }

    private String dryRun(DialogPane pane) {
        return onFx(() -> ((Label) pane.lookup(".rule-dry-run")).getText());
    }

    private static int count(String text) {
        Matcher m = Pattern.compile("Would decide (\\d+) host").matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private void resize(int[] size) {
        onFx(() -> {
            stage.setWidth(size[0]);
            stage.setHeight(size[1]);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
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
        // on the FX thread: a robot's lookup of the tab header reads bounds the opening window is still changing
        onFx(() -> {
            ((javafx.scene.control.TabPane) stage.getScene().getRoot().lookup(".main-tabs")).getSelectionModel()
                    .select(1);
            return null;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup(".review-grid").tryQuery()
                .map(n -> ((TableView<?>) n).getItems().size() == 120).orElse(false)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<HostRow> grid() {
        return (TableView<HostRow>) robot.lookup(".review-grid").queryAs(TableView.class);
    }

}
