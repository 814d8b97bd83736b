package org.netboxauto.netbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.netboxauto.config.NetBoxConfig;
import org.netboxauto.netbox.fake.FakeNetBox;
import org.netboxauto.netbox.fake.FakeSeed;
import org.netboxauto.netbox.fake.NetBoxMode;

/**
 * Prints, side by side in one run: the heap that NetBox's rows hold when kept whole vs trimmed as they stream
 * in, and how long {@code status} waits for a NetBox that is up, refusing or silent with the old read (retries)
 * vs the probe (one short try). Never fails on time. Run: ./mvnw test -Dtest=NetBoxReadBenchmark
 * [-Dnetboxauto.bench.devices=50000]
 */
class NetBoxReadBenchmark {

    private static final int DEVICES = Integer.getInteger("netboxauto.bench.devices", 10_000);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Map<String, String> PARTS = Map.of("devices", "/api/dcim/devices/",
            "interfaces", "/api/dcim/interfaces/", "mac-addresses", "/api/dcim/mac-addresses/",
            "ip-addresses", "/api/ipam/ip-addresses/");

    @Test
    void rowsKeptWholeVersusTrimmed() {
        try (FakeNetBox nb = FakeNetBox.start(NetBoxMode.V4_6)) {
            long loadStart = System.nanoTime();
            load(nb);
            System.out.printf("[benchmark] loaded %,d devices into the fake in %d ms%n", DEVICES,
                    (System.nanoTime() - loadStart) / 1_000_000);
            try (HttpNetBoxClient client = NetBoxConfigs.client(nb.url(), FakeNetBox.V1_TOKEN)) {
                long whole = retained(client, part -> UnaryOperator.identity());
                long trimmed = retained(client, RowShapes::of);
                System.out.printf("[benchmark] rows of %,d devices (+ interfaces, MACs, 2 IPs each) held in memory:"
                                + " whole JSON %,d MB | trimmed as read %,d MB | ratio %.1fx%n", DEVICES,
                        whole >> 20, trimmed >> 20, (double) whole / Math.max(1, trimmed));
            }
        }
    }

    @Test
    void statusAgainstAnUpARefusingAndASilentNetBox() throws Exception {
        try (FakeNetBox up = FakeNetBox.start(NetBoxMode.V4_6);
             ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int refusing;
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                refusing = s.getLocalPort();
            }
            URI[] targets = {up.url(), URI.create("http://127.0.0.1:" + refusing),
                URI.create("http://127.0.0.1:" + silent.getLocalPort())};
            String[] names = {"up", "refusing", "silent"};
            long[] read = new long[3];
            long[] probe = new long[3];
            for (int i = 0; i < 3; i++) {
                NetBoxConfig config = NetBoxConfigs.of(targets[i], FakeNetBox.V1_TOKEN);
                read[i] = time(() -> HttpNetBoxClient.of(config, RetryPolicy.DEFAULT).version());
                probe[i] = time(() -> HttpNetBoxClient.of(config, RetryPolicy.DEFAULT).probe());
            }
            for (int i = 0; i < 3; i++) {
                System.out.printf("[benchmark] status, NetBox %s: read with retries %d ms | one probe %d ms"
                                + " | probe minus NetBox-up probe %+d ms%n", names[i], read[i], probe[i],
                        probe[i] - probe[0]);
            }
        }
    }

    private static long time(Runnable call) {
        long start = System.nanoTime();
        try {
            call.run();
        } catch (NetBoxException expected) {
            // a NetBox that is down answers with an error; the time is what counts
        }
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }

    private static long retained(HttpNetBoxClient client, java.util.function.Function<String, UnaryOperator<JsonNode>>
            shapes) {
        long before = usedAfterGc();
        List<List<JsonNode>> kept = new ArrayList<>();
        PARTS.forEach((part, path) -> {
            List<JsonNode> rows = new ArrayList<>();
            client.each(path, NetBoxQuery.NONE, shapes.apply(part), rows::add);
            kept.add(rows);
        });
        long after = usedAfterGc();
        if (kept.stream().mapToInt(List::size).sum() < DEVICES) {
            throw new AssertionError("read too few rows");
        }
        return after - before;
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void load(FakeNetBox nb) {
        FakeSeed.catalog(nb);
        for (int i = 0; i < DEVICES; i++) {
            ObjectNode d = NODES.objectNode().put("name", String.format("host-%05d", i)).put("device_type", 1)
                    .put("role", 1).put("site", 1).put("status", "active");
            long dev = nb.load("dcim.device", d);
            long itf = nb.load("dcim.interface", NODES.objectNode().put("device", dev).put("name", "eth0")
                    .put("type", "1000base-t").put("enabled", true));
            nb.load("dcim.macaddress", NODES.objectNode().put("mac_address", String.format("52:54:00:%02X:%02X:%02X",
                    i >> 16 & 0xff, i >> 8 & 0xff, i & 0xff)).put("assigned_object_type", "dcim.interface")
                    .put("assigned_object_id", itf));
            for (int a = 0; a < 2; a++) {
                nb.load("ipam.ipaddress", NODES.objectNode().put("address", (10 + a) + "." + (i >> 16 & 0xff) + "."
                        + (i >> 8 & 0xff) + "." + (i & 0xff) + "/8").put("status", "active")
                        .put("assigned_object_type", "dcim.interface").put("assigned_object_id", itf));
            }
        }
    }
}
