package org.netboxauto.discovery.snmp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.benchmark.DiscoverLauncher;
import org.netboxauto.config.SnmpSource;
import org.netboxauto.config.SnmpSource.PerVlan;
import org.netboxauto.config.SnmpSource.Version;
import org.netboxauto.testsupport.Peers;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.VariableBinding;

/**
 * {@code discover --source snmp:NAME} of every shared recording from the packaged launcher with the
 * shipped settings (only host, port and community configured), against net-snmp's snmpbulkwalk of
 * the same columns (one process per column, the same 25 rows per request), taking turns in one run.
 * Prints the collector's own time and the whole process, ours/peer per run, min and median of
 * three. Never fails on time. Run after {@code ./mvnw -DskipTests package} with
 * {@code -Dtest=SnmpLauncherBenchmark -Dsnmp.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "snmp.benchmark", matches = "true")
class SnmpLauncherBenchmark {

    private static final int RUNS = 3;
    private static final String SNMPBULKWALK = "/usr/bin/snmpbulkwalk";

    @TempDir
    Path home;

    @Test
    void everyRecordingAgainstSnmpbulkwalkOfTheSameColumns() throws Exception {
        Peers.require(new java.io.File(SNMPBULKWALK).canExecute(), "snmpbulkwalk", "apt-get install -y snmp");
        Peers.require(DiscoverLauncher.packaged(), "the packaged launcher", "run ./mvnw -DskipTests package first");
        // no community@vlan aliases: a Catalyst's per-VLAN instances go unanswered, as on a switch without them
        try (SnmpSim sim = SnmpSim.start("launcher-benchmark", List.of())) {
            List<String> recordings = SnmpSim.recordingNames();
            DiscoverLauncher ours = new DiscoverLauncher(home, config(recordings, sim.port()));
            ours.run("discover", "--source", "snmp:" + name(recordings.getFirst()));
            ours.awaitClassCache();
            List<String> rows = new ArrayList<>();
            for (String recording : recordings) {
                List<OID> columns = columnsWalked(recording, sim.port());
                double[] whole = new double[RUNS];
                double[] collector = new double[RUNS];
                double[] peer = new double[RUNS];
                for (int i = 0; i < RUNS; i++) {
                    whole[i] = ours.run("discover", "--source", "snmp:" + name(recording)).seconds();
                    collector[i] = ours.lastCollectorSeconds();
                    long start = System.nanoTime();
                    netSnmp(recording, sim.port(), columns);
                    peer[i] = (System.nanoTime() - start) / 1e9;
                    System.out.printf(Locale.ROOT, "[benchmark] snmp %s run %d: collector %.3f s, whole process %.2f s,"
                            + " snmpbulkwalk x%d %.3f s: collector/peer %.2fx%n", recording, i + 1, collector[i],
                            whole[i], columns.size(), peer[i], collector[i] / peer[i]);
                }
                rows.add(String.format(Locale.ROOT, "[benchmark] %-26s %2d cols | collector %s s | whole %s s |"
                                + " snmpbulkwalk %s s | collector/peer min %.2fx median %.2fx | whole/peer median %.2fx",
                        recording, columns.size(), DiscoverLauncher.minMedian(collector),
                        DiscoverLauncher.minMedian(whole), DiscoverLauncher.minMedian(peer),
                        DiscoverLauncher.min(collector) / DiscoverLauncher.min(peer),
                        DiscoverLauncher.median(collector) / DiscoverLauncher.median(peer),
                        DiscoverLauncher.median(whole) / DiscoverLauncher.median(peer)));
            }
            System.out.println("[benchmark] snmp discover from the launcher, shipped settings, vs snmpbulkwalk -Cr25:");
            rows.forEach(System.out::println);
        }
    }

    private String config(List<String> recordings, int port) throws IOException {
        StringBuilder out = new StringBuilder("sources.snmp = [\n");
        for (String r : recordings) {
            Path secret = Files.writeString(home.resolve(r + ".community"), r);
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
            out.append(String.format(Locale.ROOT, "  { name = \"%s\", host = \"127.0.0.1\", port = %d,"
                    + " community-file = \"%s\" }%n", name(r), port, secret));
        }
        return out.append("]\n").toString();
    }

    /** The source name of a recording: '+' is not allowed in one. */
    private static String name(String recording) {
        return recording.replace('+', 'p');
    }

    /** The columns our collector walks for this recording, in order, as snmpbulkwalk would be asked for them. */
    private static List<OID> columnsWalked(String recording, int port) throws Exception {
        SnmpSource source = SnmpSources.community(recording, Version.V2C, recording, port, 25, PerVlan.AUTO);
        SnmpTarget target = new SnmpTarget("snmp:" + recording, "sources.snmp[0]", "127.0.0.1", port);
        List<OID> columns = new ArrayList<>();
        try (Snmp4jClient client = Snmp4jClient.open(source, target)) {
            SnmpClient recorder = new SnmpClient() {
                @Override
                public List<VariableBinding> walk(OID column, Optional<Integer> vlan)
                        throws SnmpException, InterruptedException {
                    if (vlan.isEmpty()) {
                        columns.add(column);
                    }
                    return client.walk(column, vlan);
                }

                @Override
                public boolean answers(int vlan) throws SnmpException, InterruptedException {
                    return client.answers(vlan);
                }

                @Override
                public String perVlanName(int vlan) {
                    return client.perVlanName(vlan);
                }

                @Override
                public int maxRepetitions() {
                    return client.maxRepetitions();
                }

                @Override
                public void close() {
                }
            };
            SwitchTables.read(recorder, "127.0.0.1", PerVlan.AUTO, line -> { });
        }
        return columns;
    }

    private static void netSnmp(String community, int port, List<OID> columns) throws IOException,
            InterruptedException {
        for (OID column : columns) {
            Process p = new ProcessBuilder(SNMPBULKWALK, "-v2c", "-c", community, "-Cr25", "-On", "-Oq", "-t", "2",
                    "127.0.0.1:" + port, column.toDottedString()).redirectErrorStream(true).start();
            new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
        }
    }
}
