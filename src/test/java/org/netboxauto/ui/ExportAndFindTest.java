package org.netboxauto.ui;

import static org.netboxauto.ui.FxCalls.onFx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.netbox.fake.FakeNetBox;
import org.netboxauto.netbox.fake.FakeSeed;
import org.netboxauto.netbox.fake.NetBoxMode;
import org.netboxauto.testsupport.Peers;
import org.netboxauto.ui.common.TableExport;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The diff tab finds like the Review tab, Review shows what NetBox holds, and both export what they show. */
class ExportAndFindTest {

    private final FxRobot robot = new FxRobot();
    private ExecutorService background;
    private ExecutorService worker;
    private FakeNetBox nb;
    private Stage stage;

    @TempDir
    Path dir;

    @BeforeEach
    void display() throws Exception {
        Peers.requireFxToolkit();
        nb = FakeNetBox.start(NetBoxMode.V4_6);
        FakeSeed.small(nb);
        server(nb, "host-0", "02:00:00:00:00:00", "10.0.0.1/24");
        server(nb, "host-1", "02:00:00:00:00:01", "10.0.0.99/24");
        server(nb, "=HYPERLINK(\\\"http://x\\\")\\u0007", "02:00:00:00:00:02", "10.0.0.3/24");
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        for (ExecutorService e : new ExecutorService[] {background, worker}) {
            if (e != null) {
                e.shutdownNow();
            }
        }
        nb.close();
    }

    @Test
    void theDiffFindsAndExportsReviewShowsInNetBoxAndExportsItsVisibleColumns() throws Exception {
        TempDirShellServices services = new TempDirShellServices(dir)
                .withConfigFile("netbox { url = \"" + nb.url() + "\", token = ${?NETBOX_TOKEN} }\n")
                .withHosts(8, 6, 1);
        open(services, 1920, 1080);
        robot.clickOn("NetBox diff");
        robot.clickOn("Refresh");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> labelled(t -> t.startsWith("NetBox 4.6.0 at ")));
        int all = onFx(() -> diff().getItems().size());

        // the renamed device's name holds a bell character: shown escaped, never raw
        assertThat(labelled(t -> t.indexOf('\u0007') >= 0)).isFalse();
        List<List<String>> everything = onFx(() -> TableExport.shown(diff()));
        assertThat(everything.getFirst()).startsWith("Outcome", "Discovered Name", "Discovered MACs");
        assertThat(TableExport.csv(everything)).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");

        type(".diff-page .search-field", "10.0.0.9");
        assertThat(onFx(() -> diff().getItems().size())).isBetween(1, all - 1);
        assertThat(onFx(() -> diff().getItems().stream().allMatch(c -> c.toString().contains("10.0.0.9")))).isTrue();
        Screenshots.save(stage.getScene(), "diff-find-1920.png");
        dark(true);
        Screenshots.save(stage.getScene(), "diff-find-1920-dark.png");
        dark(false);
        type(".diff-page .search-field", "");
        type(".diff-page .mono", "10.0.0.0/30");
        WaitForAsyncUtils.waitForFxEvents();
        List<List<String>> inSubnet = onFx(() -> TableExport.shown(diff()));
        assertThat(inSubnet).hasSizeBetween(2, all);
        assertThat(inSubnet.subList(1, inSubnet.size())).allSatisfy(row -> assertThat(String.join(" ", row))
                .containsAnyOf("10.0.0.1", "10.0.0.2", "10.0.0.3"));
        onFx(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
            return null;
        });
        Screenshots.save(stage.getScene(), "diff-find-1366.png");
        dark(true);
        Screenshots.save(stage.getScene(), "diff-find-1366-dark.png");
        dark(false);

        robot.clickOn("Review");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> review().getItems().size() == 8));
        assertThat(onFx(() -> review().getVisibleLeafColumns().stream().map(TableColumn::getText).toList()))
                .contains("In NetBox");
        List<List<String>> reviewRows = onFx(() -> TableExport.shown(review()));
        int netboxColumn = reviewRows.getFirst().indexOf("In NetBox");
        assertThat(reviewRows.subList(1, reviewRows.size()).stream().map(r -> r.get(netboxColumn)))
                .contains("matched", "different", "only discovered");

        onFx(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<String> box = robot.lookup((Node n) -> n instanceof ComboBox<?> c
                    && c.getItems().contains("DIFFERENT")).queryAs(ComboBox.class);
            box.setValue("DIFFERENT");
            review().getColumns().stream().filter(c -> "Vendor".equals(c.getText())).findFirst().orElseThrow()
                    .setVisible(false);
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> review().getItems().size() < 8));
        List<List<String>> different = onFx(() -> TableExport.shown(review()));
        assertThat(different.getFirst()).doesNotContain("Vendor").startsWith("State", "MAC", "Host name");
        assertThat(different.subList(1, different.size())).isNotEmpty()
                .allSatisfy(r -> assertThat(r.get(different.getFirst().indexOf("In NetBox"))).isEqualTo("different"));
        Path json = dir.resolve("review.json");
        TableExport.write(different, TableExport.Format.JSON, json);
        JsonNode rows = new ObjectMapper().readTree(Files.readString(json));
        assertThat(rows.size()).isEqualTo(different.size() - 1);
        assertThat(rows.get(0).get("In NetBox").asText()).isEqualTo("different");
        assertThat(rows.get(0).has("Vendor")).isFalse();
        Screenshots.save(stage.getScene(), "review-in-netbox-1366.png");
        dark(true);
        Screenshots.save(stage.getScene(), "review-in-netbox-1366-dark.png");
        dark(false);
        onFx(() -> {
            stage.setWidth(1920);
            stage.setHeight(1080);
            return null;
        });
        Screenshots.save(stage.getScene(), "review-in-netbox-1920.png");
        dark(true);
        Screenshots.save(stage.getScene(), "review-in-netbox-1920-dark.png");
        dark(false);
        assertThat(nb.schemaViolations()).isEmpty();
    }

    @Test
    void aLongNetBoxErrorReadsInFullBesideAFullRefreshButtonAndCanBeCopied() throws Exception {
        org.netboxauto.testsupport.TestCertificates cert = org.netboxauto.testsupport.TestCertificates.selfSigned(
                dir.resolve("tls"), "netbox");
        try (FakeNetBox https = FakeNetBox.start(NetBoxMode.V4_6, cert.serverContext())) {
            TempDirShellServices services = new TempDirShellServices(dir)
                    .withConfigFile("netbox { url = \"" + https.url() + "\", token = ${?NETBOX_TOKEN} }\n")
                    .withHosts(8, 6, 1);
            open(services, 1366, 768);
            robot.clickOn("NetBox diff");
            robot.clickOn("Refresh");
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> labelled(t -> t.startsWith("Could not compare")));
            javafx.scene.control.Label message = onFx(() -> (javafx.scene.control.Label) robot.lookup(".diff-message")
                    .query());
            assertThat(onFx(message::getText)).contains(cert.fingerprintSha256()).doesNotContain("sun.security");
            // laid out on a later pulse than the text arrives
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> message.getHeight()
                    > 2 * message.getFont().getSize() * 1.2));
            javafx.scene.control.Button refresh = onFx(() -> (javafx.scene.control.Button) robot
                    .lookup(".diff-refresh").query());
            assertThat(onFx(() -> refresh.getWidth() >= refresh.prefWidth(-1) - 0.5)).as("Refresh is not squeezed")
                    .isTrue();
            robot.clickOn(".copy-button");
            assertThat(onFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()))
                    .isEqualTo(onFx(message::getText));
            Screenshots.save(stage.getScene(), "diff-error-1366.png");
            dark(true);
            Screenshots.save(stage.getScene(), "diff-error-1366-dark.png");
            dark(false);

            // trusted here, pinned in the config file, and the comparison runs
            robot.clickOn(org.netboxauto.ui.common.CertificateCard.TRUST);
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> labelled(t -> t.startsWith("NetBox 4.6.0 at ")));
            assertThat(Files.readString(services.configFile())).contains("token = ${?NETBOX_TOKEN}")
                    .contains("fingerprint-sha256 : \"" + cert.fingerprintSha256() + "\"");
            assertThat(labelled(t -> t.equals(org.netboxauto.ui.common.CertificateCard.TRUST))).isFalse();
            Screenshots.save(stage.getScene(), "diff-trusted-1366.png");
        }
    }

    private static void server(FakeNetBox nb, String name, String mac, String ip) {
        long id = nb.create("/api/dcim/devices/", "{\"name\": \"" + name + "\", \"device_type\": {\"slug\": \"server\"},"
                + " \"role\": {\"slug\": \"server\"}, \"site\": {\"slug\": \"hq\"}}").get("id").asLong();
        FakeSeed.addressHost(nb, "dcim.interface", FakeSeed.interfaceId(nb, id, "eth0"), mac, ip);
    }

    private void open(TempDirShellServices services, int width, int height) throws Exception {
        background = BackgroundExecutor.create("test-ui-worker");
        worker = BackgroundExecutor.create("test-ui-discovery");
        WaitForAsyncUtils.asyncFx(() -> {
            stage = new Stage();
            new MainWindow(new ShellViewModel(services, background, worker, Platform::runLater)).show(stage);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void dark(boolean dark) {
        onFx(() -> {
            Theme.current().choiceProperty().set(dark ? Theme.Choice.DARK : Theme.Choice.LIGHT);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void type(String query, String text) {
        onFx(() -> {
            robot.lookup(query).queryAs(TextField.class).setText(text);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<org.netboxauto.core.compare.Comparison> diff() {
        return robot.lookup(".diff-table").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<org.netboxauto.ui.review.HostRow> review() {
        return robot.lookup(".review-grid").queryAs(TableView.class);
    }

    private boolean labelled(java.util.function.Predicate<String> text) {
        return onFx(() -> robot.lookup((Node n) -> n instanceof Labeled l && l.getText() != null
                && l.getScene() != null && text.test(l.getText())).tryQuery().isPresent());
    }

}
