package org.netboxauto.ui;

import static org.netboxauto.ui.FxCalls.onFx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.core.push.ActionOutcome.State;
import org.netboxauto.core.push.ActionVerb;
import org.netboxauto.netbox.fake.FakeNetBox;
import org.netboxauto.netbox.fake.FakeSeed;
import org.netboxauto.netbox.fake.NetBoxMode;
import org.netboxauto.testsupport.Peers;
import org.netboxauto.testsupport.SshServer;
import org.netboxauto.testsupport.UnboundServer;
import org.netboxauto.ui.push.ActionRow;
import org.netboxauto.ui.push.DnsRow;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Push tab's wizard over the real services and store, writing to the NetBox fake on loopback. */
class PushTabTest {

    private static final String DEFAULTS = "netbox.defaults { site = hq, role = server, device-type = server }\n";

    private final FxRobot robot = new FxRobot();
    private ExecutorService background;
    private ExecutorService worker;
    private FakeNetBox nb;
    private boolean nbClosed;
    private SshServer ssh;
    private UnboundServer unbound;
    private Stage stage;

    @TempDir
    Path dir;

    @BeforeEach
    void display() throws Exception {
        Peers.requireFxToolkit();
        nb = FakeNetBox.start(NetBoxMode.V4_6);
        FakeSeed.small(nb);
    }

    @AfterEach
    void close() throws Exception {
        if (nb == null) {
            return;
        }
        FxToolkit.cleanupStages();
        for (ExecutorService e : new ExecutorService[] {background, worker}) {
            if (e != null) {
                e.shutdown();
                // the temporary folder is deleted next: let store work still running finish first
                e.awaitTermination(20, TimeUnit.SECONDS);
            }
        }
        if (!nbClosed) {
            nb.close();
        }
        if (unbound != null) {
            unbound.close();
        }
        if (ssh != null) {
            ssh.close();
        }
    }

    @Test
    void scopePreviewApplyAndSummaryWithAProblemARemovalDnsAndLinks() throws Exception {
        Peers.require(Files.isExecutable(SshServer.SSHD), "OpenSSH sshd", "apt-get install openssh-server unbound");
        ssh = SshServer.start();
        unbound = UnboundServer.start();
        // host-4's MAC is on two NetBox devices: ambiguous, so it is left out
        server("twin-a", "02:00:00:00:00:04", "10.0.0.205/24");
        server("twin-b", "02:00:00:00:00:04", "10.0.0.206/24");
        nb.create("/api/extras/tags/", "{\"name\": \"netbox-auto\", \"slug\": \"netbox-auto\"}");
        nb.create("/api/dcim/devices/", "{\"name\": \"retired-nas\", \"device_type\": {\"slug\": \"server\"},"
                + " \"role\": {\"slug\": \"server\"}, \"site\": {\"slug\": \"hq\"}, \"tags\": [{\"slug\": \"netbox-auto\"}]}");
        TempDirShellServices services = new TempDirShellServices(dir).withConfigFile(config() + """
                dns.unbound {
                  enabled = true, ssh-host = "127.0.0.1", ssh-port = %d, ssh-user = "%s", key-file = "%s",
                  known-hosts = "%s", include-file = "%s", zone = "lan.example.com",
                  reverse-zones = ["0.0.10.in-addr.arpa"], unbound-control = "%s", unbound-checkconf = "%s"
                }
                """.formatted(ssh.port(), ssh.user(), ssh.clientKey(), ssh.knownHosts(), unbound.includeFile(),
                unbound.control(), unbound.checkconf())).withHosts(6, 5, 0);
        open(services);

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> visible("5 of 5 approved hosts match the filter"));
        assertThat(visibleStartingWith("5 approved hosts. Only approved hosts are pushed")).isTrue();
        robot.clickOn(".push-scope .mono").write("10.0.0.0/");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> visibleStartingWith("Subnet \"10.0.0.0/\": "));
        assertThat(onFx(() -> button("_Preview").isDisabled())).isTrue();
        robot.write("24");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> visible("5 of 5 approved hosts match the filter"));
        Screenshots.save(stage.getScene(), "push-scope.png");

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ready("_Apply "));
        List<ActionRow> rows = rows();
        assertThat(rows).extracting(r -> r.action().summary())
                .contains("create device host-0", "create device host-3").noneMatch(s -> s.contains("host-4"));
        assertThat(rows).filteredOn(r -> r.action().summary().equals("create device host-0")).singleElement()
                .satisfies(r -> assertThat(r.fields()).contains("Name: host-0", "Device role: Server", "Status: Active"));
        // list cells are made at the next layout pulse
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> visible("not pushed"));
        assertThat(visibleStartingWith("matches more than one NetBox object")).isTrue();
        long writes = rows.stream().filter(r -> r.action().verb().writes()).count();
        List<DnsRow> dns = dnsRows();
        assertThat(dns).extracting(DnsRow::record).contains("A host-0.lan.example.com 10.0.0.1",
                "PTR 1.0.0.10.in-addr.arpa host-0.lan.example.com");
        assertThat(dns).extracting(DnsRow::kind).containsOnly("add");
        assertThat(visible("_Apply " + writes + " changes to NetBox at " + nb.url() + "/ and " + dns.size()
                + " to DNS")).isTrue();
        Screenshots.save(stage.getScene(), "push-preview.png");

        robot.clickOn((Node n) -> n instanceof CheckBox c && c.getText().startsWith("device retired-nas"));
        press("Preview again");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> rows().stream()
                .anyMatch(r -> r.action().verb() == ActionVerb.DELETE));
        assertThat(rows()).extracting(r -> r.action().summary()).contains("delete device retired-nas");
        Screenshots.save(stage.getScene(), "push-preview-removal.png");

        press("Apply ");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visibleStartingWith("This push writes to NetBox at "));
        assertThat(visible("DNS " + dns.getFirst().where() + ": " + dns.size() + " changes")).isTrue();
        assertThat(visible("NetBox: device retired-nas")).isTrue();
        press("Write to NetBox");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> button("_Summary").isVisible()));
        assertThat(rows()).allSatisfy(r -> assertThat(r.state()).as(r.toString()).isEqualTo(State.OK));
        assertThat(dnsRows()).allSatisfy(r -> assertThat(r.state()).as(r.toString()).isEqualTo(State.OK));
        assertThat(visibleStartingWith("Done: " + (rows().size() + dnsRows().size()) + " OK, 0 failed, 0 skipped"))
                .isTrue();
        assertThat(unbound.dig("host-0.lan.example.com", "A")).containsExactly("10.0.0.1");
        JsonNode host0 = device("host-0");
        assertThat(host0.path("primary_ip4").path("address").asText()).isEqualTo("10.0.0.1/24");
        assertThat(nb.rows("dcim.device")).noneMatch(d -> d.path("name").asText().equals("retired-nas"));
        Screenshots.save(stage.getScene(), "push-applied.png");

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> visible("The push finished"));
        Screenshots.save(stage.getScene(), "push-summary.png");
        robot.clickOn((Node n) -> n instanceof Hyperlink h && "device host-0".equals(h.getText()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !services.opened().isEmpty());
        assertThat(services.opened()).containsExactly(nb.url() + "/dcim/devices/" + host0.get("id").asLong() + "/");

        press("Start over");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visible("5 of 5 approved hosts match the filter"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visibleStartingWith("Last push: "));
        Screenshots.save(stage.getScene(), "push-scope-again.png");
        press("Preview");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> visible(
                "NetBox and DNS already match the approved hosts; nothing to push."));
        assertThat(onFx(() -> button("_Apply").isDisabled())).as("nothing to apply").isTrue();
        assertThat(nb.schemaViolations()).isEmpty();
    }

    @Test
    void aRefusedActionShowsNetBoxsMessageAndRetryConverges() throws Exception {
        TempDirShellServices services = new TempDirShellServices(dir).withConfigFile(config()).withHosts(3, 3, 0);
        open(services);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> visible("3 of 3 approved hosts match the filter"));
        press("Preview");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ready("_Apply "));

        // someone adds a device of that name after the preview: NetBox refuses the planned one
        nb.create("/api/dcim/devices/", "{\"name\": \"host-1\", \"device_type\": {\"slug\": \"server\"},"
                + " \"role\": {\"slug\": \"server\"}, \"site\": {\"slug\": \"hq\"}}");
        // the other test drives the wizard by Enter where Enter may go on; here the buttons are clicked
        press("Apply ");
        press("Write to NetBox");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> button("_Summary").isVisible()));
        ActionRow refused = rows().stream().filter(r -> r.action().summary().equals("create device host-1"))
                .findFirst().orElseThrow();
        assertThat(refused.state()).isEqualTo(State.FAILED);
        assertThat(refused.message()).isEqualTo("NetBox refused it: Device name must be unique per site.");
        long skipped = rows().stream().filter(r -> r.state() == State.SKIPPED).count();
        assertThat(rows()).filteredOn(r -> r.state() == State.SKIPPED).isNotEmpty()
                .allSatisfy(r -> assertThat(r.message()).startsWith("not sent: ").contains("host-1").endsWith(" did not succeed"));
        assertThat(rows()).filteredOn(r -> r.action().summary().endsWith("host-0")).allSatisfy(r ->
                assertThat(r.state()).isEqualTo(State.OK));
        assertThat(visible(refused.message())).isTrue();
        onFx(() -> {
            table().getSelectionModel().select(refused);
            table().scrollTo(refused);
            return null;
        });
        Screenshots.save(stage.getScene(), "push-failed.png");

        press("Summary");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> visibleStartingWith("The push failed: 1 failure, "));
        // the failure once, with what it held back and what to do, instead of a line per skipped action
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> visibleStartingWith("What to do: correct what NetBox names"));
        assertThat(visibleStartingWith(skipped + " actions not sent because create device host-1 failed")).isTrue();
        assertThat(visibleStartingWith("Retry reads NetBox again")).isTrue();
        Screenshots.save(stage.getScene(), "push-summary-failed.png");

        press("Retry failed");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ready("_Apply "));
        assertThat(rows()).extracting(r -> r.action().summary()).noneMatch(s -> s.contains("host-0"))
                .noneMatch(s -> s.equals("create device host-1"));
        press("Apply ");
        press("Write to NetBox");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> button("_Summary").isVisible()));
        assertThat(rows()).allSatisfy(r -> assertThat(r.state()).as(r.toString()).isEqualTo(State.OK));
        assertThat(nb.rows("dcim.device")).filteredOn(d -> d.path("name").asText().equals("host-1")).hasSize(1);
        assertThat(device("host-1").path("primary_ip4").path("address").asText()).isEqualTo("10.0.0.2/24");

        press("Summary");
        press("Start over");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visible("3 of 3 approved hosts match the filter"));
        press("Preview");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> visible(
                "NetBox already matches the approved hosts; nothing to push."));
        assertThat(nb.schemaViolations()).isEmpty();

        nb.close();
        nbClosed = true;
        press("Back");
        press("Preview");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> visibleStartingWith("Could not preview the push: "));
        String error = onFx(() -> robot.lookup(".push-error-text").queryLabeled().getText());
        assertThat(error).contains(nb.url().getAuthority()).doesNotContain(TempDirShellServices.TOKEN)
                .doesNotContain("Exception");
        assertThat(visible("3 of 3 approved hosts match the filter")).as("still on the scope step").isTrue();
        Screenshots.save(stage.getScene(), "push-error.png");
    }

    private String config() {
        return "netbox { url = \"" + nb.url() + "\", token = ${?NETBOX_TOKEN} }\n" + DEFAULTS;
    }

    private void server(String name, String mac, String ip) {
        long id = nb.create("/api/dcim/devices/", "{\"name\": \"" + name + "\", \"device_type\": {\"slug\": \"server\"},"
                + " \"role\": {\"slug\": \"server\"}, \"site\": {\"slug\": \"hq\"}}").get("id").asLong();
        FakeSeed.addressHost(nb, "dcim.interface", FakeSeed.interfaceId(nb, id, "eth0"), mac, ip);
    }

    private JsonNode device(String name) {
        return nb.get("/api/dcim/devices/", nb.rows("dcim.device").stream()
                .filter(d -> d.path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no device " + name)).get("id").asLong());
    }

    private void open(TempDirShellServices services) throws Exception {
        background = BackgroundExecutor.create("test-ui-worker");
        worker = BackgroundExecutor.create("test-ui-discovery");
        WaitForAsyncUtils.asyncFx(() -> {
            stage = new Stage();
            new MainWindow(new ShellViewModel(services, background, worker, Platform::runLater)).show(stage);
            stage.setWidth(1440);
            stage.setHeight(1000);
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Push");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<ActionRow> table() {
        return onFx(() -> robot.lookup(".push-actions").queryAs(TableView.class));
    }

    @SuppressWarnings("unchecked")
    private List<DnsRow> dnsRows() {
        return onFx(() -> List.copyOf(robot.lookup(".push-dns").queryAs(TableView.class).getItems()));
    }

    private List<ActionRow> rows() {
        return onFx(() -> List.copyOf(table().getItems()));
    }

    /** Clicks the button whose label, mnemonic marker aside, starts with {@code label}. */
    private void press(String label) {
        robot.clickOn((Node n) -> n instanceof Button b && b.getText() != null && b.getScene() != null
                && b.isVisible() && b.getText().replace("_", "").startsWith(label));
    }

    private Button button(String text) {
        return robot.lookup((Node n) -> n instanceof Button b && b.getText() != null && b.getText().startsWith(text))
                .queryButton();
    }

    private boolean visible(String text) {
        return onFx(() -> robot.lookup((Node n) -> n instanceof Labeled l && text.equals(l.getText())
                && l.getScene() != null && l.isVisible()).tryQuery().isPresent());
    }

    /** A button that can be pressed: shown and enabled; one that writes is never the scene's default. */
    private boolean ready(String text) {
        return onFx(() -> robot.lookup((Node n) -> n instanceof Button b && b.getText() != null
                && b.getText().startsWith(text) && b.getScene() != null && b.isVisible() && !b.isDisabled()
                && !b.isDefaultButton()).tryQuery().isPresent());
    }

    private boolean visibleStartingWith(String text) {
        return onFx(() -> robot.lookup((Node n) -> n instanceof Labeled l && l.getText() != null
                && l.getText().startsWith(text) && l.getScene() != null && l.isVisible()).tryQuery().isPresent());
    }

}
