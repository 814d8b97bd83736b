package org.netboxauto.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.AppDirectories;
import org.netboxauto.config.ConfigLocations;
import org.netboxauto.core.Host;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.PortLocation;
import org.netboxauto.core.compare.Hosts;
import org.netboxauto.netbox.HttpNetBoxClient;
import org.netboxauto.netbox.NetBoxConfigs;
import org.netboxauto.netbox.fake.FakeNetBox;
import org.netboxauto.netbox.fake.FakeSeed;
import org.netboxauto.netbox.fake.NetBoxMode;
import org.netboxauto.service.CompareService;
import org.netboxauto.service.ConfigService;
import org.netboxauto.service.HostEntry;
import org.netboxauto.service.HostService;
import org.netboxauto.service.StatusService;
import org.netboxauto.service.StoreAccess;
import org.netboxauto.store.MyBatisStagingStoreOpener;
import picocli.CommandLine;

/** {@code diff} and {@code status} against the NetBox fake on loopback. */
class DiffCommandTest {

    @TempDir
    Path dir;

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private FakeNetBox nb;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    static List<Host> discovered() {
        Host web = Hosts.host(List.of(MacAddress.of(FakeSeed.SERVER_MAC)), "web01.example.com",
                new PortLocation("sw1", "ge-0/0/3", Optional.of(10)), Map.of(), Set.of(), "10.0.0.11");
        Host db = Hosts.host(FakeSeed.VM_MAC, "db01", "10.0.0.22");
        Host fresh = Hosts.host("02:00:00:00:00:77", "laptop-7", "10.0.0.77");
        return List.of(web, db, fresh);
    }

    @BeforeEach
    void start() {
        nb = FakeNetBox.start(NetBoxMode.V4_6);
        FakeSeed.small(nb);
    }

    @AfterEach
    void stop() {
        nb.close();
        executor.shutdownNow();
    }

    @Test
    void jsonListsEveryOutcomeWithTheDifferingFields() throws Exception {
        int exit = run("diff", "--format", "json");

        assertThat(exit).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("netbox").path("version").asText()).isEqualTo("4.6.0");
        assertThat(json.path("counts").path("same").asInt()).isEqualTo(1);
        assertThat(json.path("counts").path("different").asInt()).isEqualTo(1);
        assertThat(json.path("counts").path("only-discovered").asInt()).isEqualTo(1);
        assertThat(json.path("counts").path("only-netbox").asInt()).isEqualTo(2);
        JsonNode db = rowNamed(json, "db01");
        assertThat(db.path("matchedBy").asText()).isEqualTo("mac");
        assertThat(db.path("differences").get(0).path("field").asText()).isEqualTo("ips");
        assertThat(db.path("differences").get(0).path("netbox").asText()).isEqualTo("10.0.0.21/24");
        assertThat(db.path("netbox").path("url").asText()).startsWith(nb.url() + "/virtualization/virtual-machines/");
        assertThat(err.toString()).contains("read 3 devices");
        assertThat(nb.schemaViolations()).isEmpty();
    }

    @Test
    void tableShowsBothSidesOfEachDifference() {
        int exit = run("diff");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("NetBox 4.6.0 at " + nb.url())
                .contains("IPs: 10.0.0.22  |  NetBox: 10.0.0.21/24")
                .contains("only discovered").contains("02:00:00:00:00:77 laptop-7")
                .contains("only netbox").contains("device printer")
                .contains("same 1, different 1, only discovered 1, only netbox 2, ambiguous 0");
    }

    @Test
    void outcomeAndHostFiltersPickRowsAfterEveryHostIsMatched() {
        int exit = run("diff", "--outcome", "only-netbox,different");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("only netbox").contains("different")
                .doesNotContain("laptop-7").contains("same 0, different 1, only discovered 0, only netbox 2");

        out.getBuffer().setLength(0);
        assertThat(run("diff", "--search", "laptop")).isZero();
        assertThat(out.toString()).contains("02:00:00:00:00:77 laptop-7").doesNotContain("db01")
                .doesNotContain("device printer");

        out.getBuffer().setLength(0);
        assertThat(run("diff", "--outcome", "only-netbox", "--search", "printer")).isZero();
        assertThat(out.toString()).contains("device printer").contains("only netbox 1");

        assertThat(run("diff", "--outcome", "missing")).isEqualTo(2);
        assertThat(err.toString()).contains("--outcome missing: expected same, different, only-discovered,"
                + " only-netbox or ambiguous");
    }

    @Test
    void tableColumnsLineUp() {
        assertThat(run("diff")).as(err.toString()).isZero();
        List<String> lines = out.toString().lines().toList();
        String header = lines.stream().filter(l -> l.startsWith("OUTCOME")).findFirst().orElseThrow();
        int netbox = header.indexOf("NETBOX");
        List<String> rows = lines.stream().filter(l -> l.startsWith("only netbox") || l.startsWith("only discovered")
                || l.startsWith("different") || l.startsWith("same")).filter(l -> !l.contains(",")).toList();
        assertThat(rows).hasSize(5);
        for (String row : rows) {
            assertThat(row.charAt(netbox - 1)).as(row).isEqualTo(' ');
            assertThat(row.charAt(netbox)).as(row).isNotEqualTo(' ');
            assertThat(row.charAt(netbox - 2)).as(row).isEqualTo(' ');
        }
    }

    @Test
    void statusJsonTellsTheNetBoxVersionOrWhyNot() throws Exception {
        assertThat(run("status", "--json")).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("netbox").path("reachable").asBoolean()).isTrue();
        assertThat(json.path("netbox").path("version").asText()).isEqualTo("4.6.0");

        nb.close();
        out.getBuffer().setLength(0);
        assertThat(run("status", "--json")).isZero();
        JsonNode down = new ObjectMapper().readTree(out.toString());
        assertThat(down.path("netbox").path("reachable").asBoolean()).isFalse();
        assertThat(down.path("netbox").path("problem").asText()).contains("127.0.0.1:" + nb.url().getPort());
    }

    private static JsonNode rowNamed(JsonNode json, String name) {
        for (JsonNode r : json.path("rows")) {
            if (name.equals(r.path("discovered").path("name").asText())) {
                return r;
            }
        }
        throw new AssertionError("no row for " + name + " in " + json);
    }

    private int run(String... args) {
        try {
            AppDirectories dirs = new AppDirectories(dir.resolve("config"), dir.resolve("data"));
            Path file = dirs.defaultConfigFile();
            Files.createDirectories(file.getParent());
            Files.writeString(file, "netbox { url = \"" + nb.url() + "\", token = ${?NETBOX_TOKEN}, timeout = 5s }\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            ConfigService config = new ConfigService(new ConfigLocations(dirs,
                    Map.of("NETBOX_TOKEN", FakeNetBox.V1_TOKEN), true));
            StoreAccess stores = new StoreAccess(new MyBatisStagingStoreOpener(), dirs.dataDir());
            CompareService compare = new CompareService(c -> discovered().stream().map(HostEntry::pending).toList(),
                    c -> HttpNetBoxClient.of(c, NetBoxConfigs.FAST_RETRY), executor);
            CommandLine cli = Cli.create(new CliServices(config, new StatusService(stores), null,
                    new HostService(stores), null, null, compare, null, null));
            cli.setOut(new PrintWriter(out));
            cli.setErr(new PrintWriter(err));
            return cli.execute(args);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
