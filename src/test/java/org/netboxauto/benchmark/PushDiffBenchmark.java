package org.netboxauto.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.StoreConfig;
import org.netboxauto.core.CorrelationResult;
import org.netboxauto.core.Host;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Review;
import org.netboxauto.core.ReviewState;
import org.netboxauto.core.RunStatus;
import org.netboxauto.core.compare.Hosts;
import org.netboxauto.netbox.fake.FakeNetBox;
import org.netboxauto.netbox.fake.FakeSeed;
import org.netboxauto.netbox.fake.NetBoxMode;
import org.netboxauto.service.StoreSettings;
import org.netboxauto.store.MyBatisStagingStore;
import org.netboxauto.store.MyBatisStagingStoreOpener;

/**
 * {@code push --dry-run} and {@code diff} from the packaged launcher with the shipped defaults:
 * 50,000 approved hosts (half of them in NetBox) against a NetBox fake of 200,000 objects, side by
 * side with a plain reader of the same lists in pages of 1,000 (the request floor). Needs
 * {@code package} first. Prints figures; never fails on time.
 * Run: ./mvnw package -DskipTests && ./mvnw test -Dtest=PushDiffBenchmark
 */
class PushDiffBenchmark {

    private static final int DEVICES = 50_000;
    private static final int HOSTS = 50_000;
    private static final int RUNS = Integer.getInteger("netboxauto.bench.runs", 3);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern REQUESTS = Pattern.compile("\\((\\d+) requests\\)");

    @TempDir
    Path dir;

    @Test
    void fiftyThousandHostsAgainstTwoHundredThousandObjects() throws Exception {
        try (FakeNetBox nb = FakeNetBox.start(NetBoxMode.V4_6)) {
            long objects = load(nb);
            WholeProcess app = new WholeProcess(dir.resolve("home"));
            Files.createDirectories(app.configFile().getParent());
            Files.writeString(app.configFile(), """
                    netbox {
                      url = "%s"
                      token = ${NETBOX_TOKEN}
                      defaults { site = hq, role = server, device-type = server }
                    }
                    """.formatted(nb.url()));
            Files.setPosixFilePermissions(app.configFile(), PosixFilePermissions.fromString("rw-------"));
            approve(app.dataDir(), hosts());
            app.warmUp();
            Map<String, String> env = Map.of("NETBOX_TOKEN", FakeNetBox.V1_TOKEN);
            // as after a first push and diff: each keeps a class cache of its own (docs/adr/0041)
            app.cacheFor(env, "push", "--dry-run", "--format", "json");
            app.cacheFor(env, "diff");

            List<WholeProcess.Run> push = new ArrayList<>();
            List<Long> planMs = new ArrayList<>();
            long pushRequests = 0;
            Set<String> lists = new LinkedHashSet<>();
            for (int i = 0; i < RUNS; i++) {
                int before = nb.requests().size();
                WholeProcess.Run run = app.launch(env, "push", "--dry-run", "--format", "json");
                assertThat(run.exit()).as(run.err()).isZero();
                push.add(run);
                JsonNode timing = JSON.readTree(run.out()).path("timing");
                planMs.add(timing.path("planMs").asLong());
                pushRequests = timing.path("readRequests").asLong();
                nb.requests().subList(before, nb.requests().size()).forEach(r -> lists.add(list(r)));
            }
            List<WholeProcess.Run> diff = new ArrayList<>();
            long diffRequests = 0;
            for (int i = 0; i < RUNS; i++) {
                WholeProcess.Run run = app.launch(env, "diff");
                assertThat(run.exit()).as(run.err()).isIn(0, 1);
                diff.add(run);
                Matcher m = REQUESTS.matcher(run.out());
                diffRequests = m.find() ? Long.parseLong(m.group(1)) : -1;
            }
            List<WholeProcess.Run> floor = new ArrayList<>();
            List<String> args = new ArrayList<>(List.of(nb.url().toString(), FakeNetBox.V1_TOKEN));
            args.addAll(lists);
            for (int i = 0; i < RUNS; i++) {
                floor.add(app.java(PlainNetBoxReader.class, args.toArray(String[]::new)));
            }
            String floorOut = floor.getFirst().out().strip();
            long floorRequests = Long.parseLong(floorOut.split(" ")[1]);
            planMs.sort(null);
            WholeProcess.Figures peer = WholeProcess.Figures.of(floor);
            WholeProcess.Figures dry = WholeProcess.Figures.of(push);
            WholeProcess.Figures cmp = WholeProcess.Figures.of(diff);
            System.out.printf("[benchmark] push --dry-run, %,d approved hosts vs a NetBox of %,d objects, min / median"
                    + " of %d: %s; plan %,d / %,d ms (target 2,000 ms: %.2fx); %,d read requests vs a floor of %,d"
                    + " (%.2fx)%n", HOSTS, objects, RUNS, dry, planMs.getFirst(), planMs.get(planMs.size() / 2),
                    planMs.get(planMs.size() / 2) / 2000.0, pushRequests, floorRequests,
                    (double) pushRequests / floorRequests);
            System.out.printf("[benchmark] diff, same sizes: %s; %,d requests | plain reader of the same %d lists in"
                    + " pages of 1,000: %s (%s)%n", cmp, diffRequests, lists.size(), peer, floorOut);
            System.out.printf("[benchmark] push --dry-run vs floor: %s (target 800 MB: %.2fx); diff vs floor: %s"
                    + " (target 1.5x time, 800 MB: %.2fx)%n", dry.ratio(peer), dry.medianRssMb() / 800.0,
                    cmp.ratio(peer), cmp.medianRssMb() / 800.0);
            assertThat(nb.writes()).isZero();
        }
    }

    /** The list a request read, without its paging: {@code /api/dcim/devices/?site_id=1}. */
    private static String list(String request) {
        String uri = request.substring(request.indexOf(' ') + 1);
        int q = uri.indexOf('?');
        if (q < 0) {
            return uri;
        }
        List<String> kept = new ArrayList<>();
        for (String p : uri.substring(q + 1).split("&")) {
            if (!p.startsWith("limit=") && !p.startsWith("offset=")) {
                kept.add(p);
            }
        }
        return uri.substring(0, q) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
    }

    private static MacAddress mac(int i) {
        return new MacAddress(0x5254_0000_0000L + i);
    }

    private static String ip(int i) {
        return "10." + (i >> 16 & 0xff) + "." + (i >> 8 & 0xff) + "." + (i & 0xff);
    }

    /** Devices with an interface, a MAC object and a primary IP: four objects each. */
    private static long load(FakeNetBox nb) {
        FakeSeed.catalog(nb);
        for (int i = 0; i < DEVICES; i++) {
            ObjectNode d = NODES.objectNode().put("name", String.format("host-%05d", i)).put("device_type", 1)
                    .put("role", 1).put("site", 1).put("status", "active");
            long dev = nb.load("dcim.device", d);
            ObjectNode itf = NODES.objectNode().put("device", dev).put("name", "eth0").put("type", "1000base-t")
                    .put("enabled", true);
            long itfId = nb.load("dcim.interface", itf);
            long macId = nb.load("dcim.macaddress", NODES.objectNode().put("mac_address", mac(i).toString()
                    .toUpperCase()).put("assigned_object_type", "dcim.interface").put("assigned_object_id", itfId));
            itf.put("primary_mac_address", macId);
            long ipId = nb.load("ipam.ipaddress", NODES.objectNode().put("address", ip(i) + "/8")
                    .put("status", "active").put("assigned_object_type", "dcim.interface")
                    .put("assigned_object_id", itfId));
            d.put("primary_ip4", ipId);
        }
        nb.create("/api/ipam/prefixes/", "{\"prefix\": \"10.0.0.0/8\"}");
        return 4L * DEVICES;
    }

    /** The first half are NetBox's devices as it has them; the second half are new. */
    private static List<Host> hosts() {
        List<Host> hosts = new ArrayList<>(HOSTS);
        for (int i = 0; i < HOSTS; i++) {
            int n = i < HOSTS / 2 ? i : DEVICES + i;
            hosts.add(Hosts.host(List.of(mac(n)), String.format("host-%05d", n), null, Map.of(), Set.of(), ip(n)));
        }
        return hosts;
    }

    private static void approve(Path data, List<Host> hosts) {
        StoreSettings settings = new StoreSettings(StoreConfig.defaultH2Url(data), Optional.empty(), Optional.empty());
        try (MyBatisStagingStore store = new MyBatisStagingStoreOpener().open(settings)) {
            Instant now = Instant.now();
            long run = store.startRun(now);
            store.finishRun(run, now, RunStatus.SUCCEEDED, new CorrelationResult(hosts, List.of(), List.of()));
            store.saveReviews(hosts.stream().map(h -> new Review(h.mac(), ReviewState.APPROVED, Optional.empty(), now))
                    .toList());
        }
    }
}
