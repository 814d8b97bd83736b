package org.netboxauto.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.app.CliWiring;
import org.netboxauto.config.AppDirectories;
import org.netboxauto.config.StoreConfig;
import org.netboxauto.core.Correlator;
import org.netboxauto.core.Evidence;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.core.RunStatus;
import org.netboxauto.core.SourceKind;
import org.netboxauto.service.SourceOutcome;
import org.netboxauto.service.StoreSettingsFactory;
import org.netboxauto.store.MyBatisStagingStore;
import org.netboxauto.store.MyBatisStagingStoreOpener;
import picocli.CommandLine;

/** hosts, approve, reject and classify in process, over a real H2 store filled by correlation. */
class ReviewCommandsTest {

    @TempDir
    Path home;

    private AppDirectories dirs;

    record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void storeWithThreeHosts() throws Exception {
        dirs = new AppDirectories(home.resolve("config"), home.resolve("data"));
        Files.createDirectories(dirs.configDir());
        Files.writeString(dirs.defaultConfigFile(), "review.kinds = [server, workstation, printer]\n");
        Files.setPosixFilePermissions(dirs.defaultConfigFile(), PosixFilePermissions.fromString("rw-------"));
        discover(Instant.parse("2026-11-01T10:00:00Z"), "10.0.0.5");
    }

    @Test
    void approveByMacInAnyNotationThenListByState() {
        Run approve = cli("approve", "00-50-56-00-00-01", "0050.5600.0002");
        assertThat(approve.exit()).as(approve.err()).isZero();
        assertThat(approve.out()).startsWith("Approved 2 hosts: 00:50:56:00:00:01 00:50:56:00:00:02");

        Run approved = cli("hosts", "--state", "approved", "--format", "csv");
        assertThat(approved.out().lines().skip(1).map(l -> l.substring(0, 17)))
                .containsExactly("00:50:56:00:00:01", "00:50:56:00:00:02");
    }

    @Test
    void hostsShowVendorFirstSeenAndEveryMacInLocalTime() {
        discover(Instant.parse("2026-11-02T10:00:00Z"), "10.0.0.5");
        String firstSeen = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(Instant.parse("2026-11-01T10:00:00Z").atZone(java.time.ZoneId.systemDefault()));

        Run table = cli("hosts");
        assertThat(table.out().lines().findFirst().orElseThrow())
                .contains("VENDOR", "FIRST SEEN", "LAST SEEN", "MACS");
        String nas = table.out().lines().filter(l -> l.startsWith("00:50:56:00:00:01")).findFirst().orElseThrow();
        assertThat(nas).contains(firstSeen).contains("VMware").doesNotContain("T10:00:00");

        Run csv = cli("hosts", "--format", "csv");
        assertThat(csv.out().lines().findFirst()).hasValue(
                "mac,hostname,name_from,ips,sources,state,kind,port,vendor,first_seen,last_seen,macs,flags");
        assertThat(csv.out().lines().filter(l -> l.startsWith("00:50:56:00:00:01")).findFirst().orElseThrow())
                .matches(".*,\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d),.*")
                .contains(",00:50:56:00:00:01,");
    }

    @Test
    void statusNamesEachSourcesLatestReadEvenWhenTheLastRunLeftItOut() {
        Instant later = Instant.parse("2026-11-03T08:30:00Z");
        try (MyBatisStagingStore store = new MyBatisStagingStoreOpener()
                .open(StoreSettingsFactory.from(StoreConfig.DEFAULT, dirs.dataDir()))) {
            long run = store.startRun(later);
            store.saveSource(run, SourceOutcome.failed("scan:lab", "no answer from 10.9.0.0/24"), List.of());
            store.finishRun(run, later, RunStatus.FAILED, new Correlator(List.of(SourceKind.ROUTEROS))
                    .correlate(List.of(), store.hosts(), Set.of()));
        }
        java.time.format.DateTimeFormatter text = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        String first = text.format(Instant.parse("2026-11-01T10:00:00Z").atZone(java.time.ZoneId.systemDefault()));

        Run status = cli("status");
        assertThat(status.exit()).as(status.err()).isZero();
        assertThat(status.out()).contains("  routeros:core: 3 observations (run 1, " + first + ")")
                .contains("  scan:lab: failed: no answer from 10.9.0.0/24 (run 2, ");

        Run json = cli("status", "--json");
        assertThat(json.out()).contains("\"source\":\"routeros:core\",\"status\":\"succeeded\",\"observations\":3")
                .contains("\"run\":1");
    }

    @Test
    void rejectAndClassifyByFilter() {
        assertThat(cli("reject", "--filter", "--subnet", "192.168.1.0/24").out()).startsWith("Rejected 1 host: 00:50:56:00:00:03");
        Run classify = cli("classify", "--kind", "printer", "--filter", "--search", "print");
        assertThat(classify.exit()).as(classify.err()).isZero();
        assertThat(cli("hosts", "--kind", "printer", "--format", "csv").out()).contains("00:50:56:00:00:03");
        assertThat(cli("hosts", "--search", "5600.0003", "--format", "csv").out().lines().count()).isEqualTo(2);
        assertThat(cli("reject", "--pending", "00:50:56:00:00:03").out()).startsWith("Set back to pending 1 host");
    }

    @Test
    void badInputIsAClearUsageError() {
        Run unknownMac = cli("approve", "00:50:56:99:99:99");
        assertThat(unknownMac.exit()).isEqualTo(2);
        assertThat(unknownMac.err()).contains("no discovered host has the MAC 00:50:56:99:99:99");

        Run badCidr = cli("hosts", "--subnet", "10.0.0.0/33");
        assertThat(badCidr.exit()).isEqualTo(2);
        assertThat(badCidr.err()).contains("--subnet 10.0.0.0/33");

        Run badKind = cli("classify", "--kind", "toaster", "00:50:56:00:00:01");
        assertThat(badKind.exit()).isEqualTo(2);
        assertThat(badKind.err()).contains("\"toaster\" is not a kind; the kinds are server, workstation, printer");

        Run notAMac = cli("reject", "banana");
        assertThat(notAMac.exit()).isEqualTo(2);
        assertThat(notAMac.err()).contains("\"banana\" is not a MAC address");

        Run multicast = cli("approve", "01:00:5e:00:00:fb");
        assertThat(multicast.exit()).isEqualTo(2);
        assertThat(multicast.err()).contains("\"01:00:5e:00:00:fb\" is a multicast MAC address")
                .doesNotContain("not a MAC address");

        Run broadcast = cli("approve", "ff:ff:ff:ff:ff:ff");
        assertThat(broadcast.exit()).isEqualTo(2);
        assertThat(broadcast.err()).contains("\"ff:ff:ff:ff:ff:ff\" is the broadcast MAC address");

        Run nothing = cli("approve");
        assertThat(nothing.exit()).isEqualTo(2);
        assertThat(nothing.err()).contains("name hosts by MAC");
    }

    @Test
    void decisionsSurviveARediscoveryThatChangesTheHostsAddress() {
        cli("approve", "00:50:56:00:00:01");
        cli("classify", "--kind", "server", "00:50:56:00:00:01");
        discover(Instant.parse("2026-11-02T10:00:00Z"), "10.0.0.99");

        Run approved = cli("hosts", "--state", "approved", "--format", "csv");
        assertThat(approved.out()).contains("00:50:56:00:00:01,nas,routeros:core,10.0.0.99").contains(",approved,server,");
    }

    private void discover(Instant at, String nasIp) {
        List<Observation> observations = List.of(
                obs("00:50:56:00:00:01", nasIp, "nas", at), obs("00:50:56:00:00:02", "10.0.0.6", "desk", at),
                obs("00:50:56:00:00:03", "192.168.1.20", "printer-2", at));
        try (MyBatisStagingStore store = new MyBatisStagingStoreOpener()
                .open(StoreSettingsFactory.from(StoreConfig.DEFAULT, dirs.dataDir()))) {
            long run = store.startRun(at);
            store.saveSource(run, SourceOutcome.succeeded("routeros:core", 3), observations);
            store.finishRun(run, at, RunStatus.SUCCEEDED, new Correlator(List.of(SourceKind.ROUTEROS),
                            mac -> mac.oui().equals("00:50:56") ? Optional.of("VMware, Inc.") : Optional.empty())
                    .correlate(observations, store.hosts(), Set.of("routeros:core")));
        }
    }

    private static Observation obs(String mac, String ip, String name, Instant at) {
        return new Observation("routeros:core", at, MacAddress.of(mac), List.of(ip), Optional.of(name),
                Optional.empty(), Map.of(Evidence.TABLE, "dhcp-leases"));
    }

    private Run cli(String... args) {
        // as the launcher builds it: only the command the arguments name
        CommandLine cli = CliWiring.commandLine(dirs, Map.of(), args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
