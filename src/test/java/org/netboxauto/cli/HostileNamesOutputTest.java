package org.netboxauto.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.netboxauto.core.HostNames;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.core.PeerText;
import org.netboxauto.core.RunStatus;
import org.netboxauto.core.SourceKind;
import org.netboxauto.core.dns.DnsHost;
import org.netboxauto.core.dns.DnsPlan;
import org.netboxauto.core.dns.DnsPlanner;
import org.netboxauto.core.dns.DnsState;
import org.netboxauto.core.dns.DnsZones;
import org.netboxauto.service.SourceOutcome;
import org.netboxauto.service.StoreSettingsFactory;
import org.netboxauto.store.MyBatisStagingStore;
import org.netboxauto.store.MyBatisStagingStoreOpener;
import org.netboxauto.testsupport.HostileNames;
import picocli.CommandLine;

/**
 * The hostile-name corpus (quotes, line breaks, ;, $(…), backticks, NUL, bidi overrides, 10 kB, look-alikes)
 * from discovery through the store to the hosts table, CSV and JSON and into a DNS plan: nothing acts on a
 * terminal or a spreadsheet, no row breaks, JSON gives back exactly what was stored, DNS gets a label or a
 * clear refusal for each.
 */
class HostileNamesOutputTest {

    private static final Instant AT = Instant.parse("2026-11-01T10:00:00Z");

    @TempDir
    Path home;

    private AppDirectories dirs;
    private final Map<String, String> stored = new HashMap<>();
    private int hostCount;

    @BeforeEach
    void discoverTheCorpus() throws Exception {
        dirs = new AppDirectories(home.resolve("config"), home.resolve("data"));
        Files.createDirectories(dirs.configDir());
        Files.writeString(dirs.defaultConfigFile(), "review.kinds = [server]\n");
        Files.setPosixFilePermissions(dirs.defaultConfigFile(), PosixFilePermissions.fromString("rw-------"));
        List<String> corpus = new ArrayList<>(HostileNames.CORPUS);
        corpus.add("ten-kB-" + "k".repeat(10_000));
        corpus.add("=HYPERLINK(\"http://evil.example\",\"x\")");
        corpus.add(" \t@SUM(1+1)");
        corpus.add("\u001b]0;owned\u0007\u001b[2J\u009b31m");
        hostCount = corpus.size();
        // collectors clean names at their edge (HostNames.clean), as RowMapper and the Proxmox reader do
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            String mac = String.format("02:00:00:00:%02x:%02x", i >> 8, i & 0xff);
            Observation seen = new Observation("routeros:core", AT, MacAddress.of(mac), List.of("10.0." + (i >> 8) + "."
                    + (i & 0xff)), HostNames.clean(corpus.get(i)), Optional.empty(),
                    Map.of(Evidence.TABLE, "dhcp-leases"));
            observations.add(seen);
            seen.hostname().ifPresent(n -> stored.put(mac, n));
        }
        try (MyBatisStagingStore store = new MyBatisStagingStoreOpener()
                .open(StoreSettingsFactory.from(StoreConfig.DEFAULT, dirs.dataDir()))) {
            long run = store.startRun(AT);
            store.saveSource(run, SourceOutcome.succeeded("routeros:core", observations.size()), observations);
            store.finishRun(run, AT, RunStatus.SUCCEEDED, new Correlator(List.of(SourceKind.ROUTEROS))
                    .correlate(observations, store.hosts(), Set.of("routeros:core")));
        }
    }

    @Test
    void jsonGivesBackExactlyWhatWasStoredAndNothingActsOnATerminal() throws Exception {
        String out = cli("hosts", "--format", "json");
        assertThat(PeerText.isUnsafe(out.replace("\n", ""))).as("raw control or bidi characters in %s", out).isFalse();
        Map<String, String> names = new HashMap<>();
        for (JsonNode h : new ObjectMapper().readTree(out)) {
            if (h.hasNonNull("hostname")) {
                names.put(h.get("mac").asText(), h.get("hostname").asText());
            }
        }
        assertThat(names).isEqualTo(stored);
    }

    @Test
    void csvHasOneRowPerHostNoFormulaAndNoControlCharacter() {
        String out = cli("hosts", "--format", "csv");
        List<String> lines = out.lines().toList();
        assertThat(lines).hasSize(1 + hostCount);
        for (String line : lines.subList(1, lines.size())) {
            assertThat(PeerText.isUnsafe(line)).as(line).isFalse();
            String name = cells(line).get(1);
            assertThat(name.stripLeading()).as(line).doesNotStartWith("=").doesNotStartWith("+")
                    .doesNotStartWith("-").doesNotStartWith("@");
        }
    }

    @Test
    void theTableShowsEveryHostOnOneLineEscaped() {
        String out = cli("hosts");
        assertThat(out.lines()).hasSize(1 + hostCount);
        assertThat(PeerText.isUnsafe(out.replace(System.lineSeparator(), ""))).isFalse();
    }

    @Test
    void dnsGetsALabelOrAClearRefusalForEveryName() {
        List<DnsHost> hosts = new ArrayList<>();
        stored.forEach((mac, name) -> hosts.add(new DnsHost(MacAddress.of(mac), Optional.of(name), List.of())));
        DnsPlan plan = DnsPlanner.plan(new DnsZones("dns.unbound", "lan.example.com", List.of(), 3600), hosts, hosts,
                DnsState.of(List.of()));
        assertThat(plan.problems()).allSatisfy(p -> assertThat(PeerText.isUnsafe(p.toString())).isFalse());
    }

    /** RFC 4180 cells of one line (no line breaks inside cells: the writer escapes them). */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private String cli(String... args) {
        CommandLine cli = CliWiring.commandLine(dirs, Map.of());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute(args)).as(err.toString()).isZero();
        return out.toString();
    }
}
