package org.netboxauto.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.testsupport.KeaServer;

/**
 * {@code discover --source kea} from the packaged launcher with the shipped defaults against a real Kea (memfile
 * filled with 50,000 leases before it starts, read through the real Control Agent), first and steady runs, side by
 * side with curl fetching the same leases in one {@code lease4-get-all}. Prints figures; never fails on time.
 * Run: ./mvnw -DskipTests package && ./mvnw test -Dtest=KeaDiscoverBenchmark -Dkea.benchmark=true
 */
@EnabledIfSystemProperty(named = "kea.benchmark", matches = "true")
class KeaDiscoverBenchmark {

    private static final int LEASES = Integer.getInteger("kea.benchmark.leases", 50_000);
    private static final int RUNS = Integer.getInteger("netboxauto.bench.runs", 3);

    @TempDir
    Path dir;

    @Test
    void fiftyThousandKeaLeasesAgainstCurl() throws Exception {
        try (KeaServer kea = KeaServer.start(KeaServer.Options.offline("10.240.0.0/16", null)
                .withV4Leases(leases(LEASES)))) {
            WholeProcess app = new WholeProcess(dir.resolve("home"));
            Path password = Files.writeString(Files.createDirectories(dir.resolve("secrets")).resolve("kea.pass"),
                    kea.password());
            Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-------"));
            Files.createDirectories(app.configFile().getParent());
            Files.writeString(app.configFile(), """
                    sources.kea = [ { name = dhcp, url = "%s", username = %s, password-file = "%s" } ]
                    """.formatted(kea.url(), KeaServer.USER, password));
            Files.setPosixFilePermissions(app.configFile(), PosixFilePermissions.fromString("rw-------"));
            app.warmUp();
            app.cacheFor(Map.of("XDG_DATA_HOME", dir.resolve("cache-run").toString()), "discover");
            List<WholeProcess.Run> first = new ArrayList<>();
            List<WholeProcess.Run> steady = new ArrayList<>();
            List<WholeProcess.Run> curl = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                first.add(discover(app, "first-" + i));
                assertThat(first.getLast().out()).contains((LEASES + 1) + " new");
                curl.add(app.command("curl", "-sS", "-o", dir.resolve("all.json").toString(), "-u", KeaServer.USER + ":"
                        + kea.password(), "-H", "Content-Type: application/json", "-d",
                        "{\"command\": \"lease4-get-all\", \"service\": [\"dhcp4\"]}", kea.url().toString()));
                assertThat(Files.readString(dir.resolve("all.json"))).contains(LEASES + " IPv4 lease(s) found");
            }
            for (int i = 0; i < RUNS; i++) {
                steady.add(discover(app, "first-0"));
                assertThat(steady.getLast().out()).contains("0 new, 0 changed, 0 gone");
            }
            WholeProcess.Figures peer = WholeProcess.Figures.of(curl);
            WholeProcess.Figures ours = WholeProcess.Figures.of(first);
            WholeProcess.Figures again = WholeProcess.Figures.of(steady);
            System.out.printf("[benchmark] discover --source kea, %,d Kea leases (pages of 1,000), min / median of %d:"
                    + " first run %s; steady run %s | curl lease4-get-all of the same leases %s; load %s%n", LEASES,
                    RUNS, ours, again, peer, Files.readString(Path.of("/proc/loadavg")).strip());
            System.out.printf("[benchmark] discover vs curl: first run %s, steady run %s%n", ours.ratio(peer),
                    again.ratio(peer));
        }
    }

    private WholeProcess.Run discover(WholeProcess app, String data) throws Exception {
        WholeProcess.Run run = app.launch(Map.of("XDG_DATA_HOME", dir.resolve(data).toString()), "discover",
                "--source", "kea");
        assertThat(run.exit()).as(run.err()).isZero();
        return run;
    }

    /** Kea's memfile CSV: {@code count} leases in use in 10.240.0.0/16, each its own MAC and name. */
    static String leases(int count) {
        long expire = System.currentTimeMillis() / 1000 + 7200;
        StringBuilder csv = new StringBuilder(
                "address,hwaddr,client_id,valid_lifetime,expire,subnet_id,fqdn_fwd,fqdn_rev,hostname,state,user_context\n");
        for (int i = 0; i < count; i++) {
            int host = i + 256;
            csv.append("10.240.").append(host >> 8 & 0xff).append('.').append(host & 0xff).append(',')
                    .append(String.format("02:50:00:%02x:%02x:%02x", i >> 16 & 0xff, i >> 8 & 0xff, i & 0xff))
                    .append(",,7200,").append(expire).append(",40,0,0,host-").append(i).append(",0,\n");
        }
        return csv.toString();
    }
}
