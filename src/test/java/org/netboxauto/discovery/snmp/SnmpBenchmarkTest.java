package org.netboxauto.discovery.snmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.Test;
import org.netboxauto.config.SnmpSource;
import org.netboxauto.config.SnmpSource.PerVlan;
import org.netboxauto.config.SnmpSource.Version;
import org.netboxauto.testsupport.Peers;
import org.snmp4j.smi.OID;

/**
 * Prints, never fails on time: the forwarding and port tables of the largest recordings walked by
 * our client and by net-snmp's snmpbulkwalk from the same snmpsimd; and 20 switches read at once
 * against one. Row counts must agree.
 */
class SnmpBenchmarkTest {

    private static final List<String> LARGEST = List.of("procurve", "dlink_dgs-3620-28sc", "edgeswitch_us-8");
    private static final List<OID> TABLES = List.of(SnmpOids.DOT1Q_FDB_PORT, SnmpOids.DOT1D_FDB_PORT,
            SnmpOids.DOT1Q_VLAN_FDB_ID, SnmpOids.BASE_PORT_IF_INDEX, SnmpOids.IF_NAME, SnmpOids.IF_DESCR,
            SnmpOids.IF_ALIAS, SnmpOids.IF_TYPE, SnmpOids.IF_OPER_STATUS);
    private static final int RUNS = 3;
    private static final String SNMPBULKWALK = "/usr/bin/snmpbulkwalk";

    @Test
    void ourWalksAgainstSnmpbulkwalkAndTwentySwitchesAgainstOne() throws Exception {
        Peers.require(new java.io.File(SNMPBULKWALK).canExecute(), "snmpbulkwalk", "apt-get install -y snmp");
        try (SnmpSim sim = SnmpSim.start("benchmark")) {
            for (String recording : LARGEST) {
                SnmpSource source = SnmpSources.community(recording, Version.V2C, recording, sim.port(), 25, PerVlan.OFF);
                int[] ours = new int[1];
                int[] theirs = new int[1];
                double ourMs = median(() -> ours[0] = walkAll(source));
                double netSnmpMs = median(() -> theirs[0] = netSnmp(recording, sim.port()));
                assertThat(ours[0]).isEqualTo(theirs[0]);
                System.out.printf(Locale.ROOT, "[benchmark] snmp %s: %,d rows of %d columns, median of %d: ours %.0f ms,"
                        + " snmpbulkwalk %.0f ms (one process per column); ours/snmpbulkwalk %.2fx%n", recording,
                        ours[0], TABLES.size(), RUNS, ourMs, netSnmpMs, ourMs / netSnmpMs);
            }
            int perSwitch = readSwitches(sim.port(), 1);
            assertThat(perSwitch).as("the recording's MACs, IPv4 and IPv6 neighbours").isGreaterThanOrEqualTo(1017);
            double one = median(() -> assertThat(readSwitches(sim.port(), 1)).isEqualTo(perSwitch));
            double twenty = median(() -> assertThat(readSwitches(sim.port(), 20)).isEqualTo(20 * perSwitch));
            System.out.printf(Locale.ROOT, "[benchmark] snmp full read of procurve: 1 switch %.0f ms, 20 at once %.0f ms;"
                    + " 20-at-once/1 %.2fx (20x the work; one snmpsimd process serves them all)%n", one, twenty, twenty / one);
        }
    }

    private static int walkAll(SnmpSource source) throws Exception {
        SnmpTarget target = new SnmpTarget("snmp:bench", "sources.snmp[0]", "127.0.0.1", source.port());
        int rows = 0;
        try (Snmp4jClient client = Snmp4jClient.open(source, target)) {
            for (OID column : TABLES) {
                rows += client.walk(column).size();
            }
        }
        return rows;
    }

    private static int netSnmp(String community, int port) throws IOException, InterruptedException {
        int rows = 0;
        for (OID column : TABLES) {
            Process p = new ProcessBuilder(SNMPBULKWALK, "-v2c", "-c", community, "-Cr25", "-On", "-Oq", "-t", "2",
                    "127.0.0.1:" + port, column.toDottedString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            rows += (int) Arrays.stream(out.split("\n")).filter(l -> l.startsWith("." + column.toDottedString() + "."))
                    .count();
        }
        return rows;
    }

    private static int readSwitches(int port, int count) throws Exception {
        Semaphore polls = new Semaphore(count);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Integer>> running = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                SnmpSource source = SnmpSources.community("sw" + i, Version.V2C, "procurve", port, 25, PerVlan.OFF);
                running.add(pool.submit(() -> new SnmpCollector(source, "sources.snmp[0]", polls)
                        .collect(new TestContext()).size()));
            }
            int total = 0;
            for (Future<Integer> f : running) {
                total += f.get();
            }
            return total;
        }
    }

    private static double median(Timed work) throws Exception {
        work.run();
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[RUNS / 2];
    }

    private interface Timed {
        void run() throws Exception;
    }
}
