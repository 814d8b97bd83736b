package org.netboxauto.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.netboxauto.config.TlsConfig;
import org.netboxauto.core.Host;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.PortLocation;
import org.netboxauto.core.compare.CompareResult;
import org.netboxauto.core.compare.Hosts;
import org.netboxauto.core.compare.Outcome;
import org.netboxauto.netbox.HttpNetBoxClient;
import org.netboxauto.netbox.NetBoxConfigs;
import org.netboxauto.netbox.NetBoxInventoryReader;
import org.netboxauto.netbox.NetBoxSnapshot;
import org.netboxauto.netbox.ReadProgress;
import org.netboxauto.netbox.fake.FakeNetBox;
import org.netboxauto.netbox.fake.FakeSeed;
import org.netboxauto.netbox.fake.NetBoxMode;

/**
 * Reads a 10,000-device / 20,000-IP NetBox from the fake over HTTP and matches 10,000 hosts
 * against it. Prints figures; never fails on time. Run: ./mvnw test -Dtest=NetBoxCompareBenchmark
 */
class NetBoxCompareBenchmark {

    private static final int DEVICES = 10_000;
    private static final int CABLED = 1_000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void readAndMatchTenThousand() {
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        try (FakeNetBox nb = FakeNetBox.start(NetBoxMode.V4_6)) {
            long loadStart = System.nanoTime();
            load(nb);
            System.out.println("[benchmark] loaded the fake in " + ms(loadStart) + " ms");
            List<Host> hosts = hosts();

            NetBoxSnapshot big = read(nb, executor, 1000);
            NetBoxSnapshot small = read(nb, executor, 250);
            assertThat(big.hosts()).hasSize(DEVICES + 1);
            assertThat(big.counts()).containsEntry("ip-addresses", 2 * DEVICES);

            CompareResult result = null;
            double[] runs = new double[7];
            for (int r = 0; r < runs.length; r++) {
                long matchStart = System.nanoTime();
                result = CompareResult.of(hosts, big.hosts());
                runs[r] = (System.nanoTime() - matchStart) / 1e6;
            }
            double first = runs[0];
            java.util.Arrays.sort(runs);
            double matchMs = runs[runs.length / 2];

            System.out.printf("[benchmark] read %d devices, %d interfaces, %d MACs, %d IPs, %d cables:"
                            + " page-size 1000: %d requests, %d ms | page-size 250: %d requests, %d ms"
                            + " | ratio %.2fx requests, %.2fx time%n",
                    big.counts().get("devices"), big.counts().get("interfaces"), big.counts().get("mac-addresses"),
                    big.counts().get("ip-addresses"), big.counts().get("cables"), big.requests(),
                    big.took().toMillis(), small.requests(), small.took().toMillis(),
                    (double) small.requests() / big.requests(), (double) small.took().toMillis()
                            / Math.max(1, big.took().toMillis()));
            System.out.printf("[benchmark] matched %d hosts against %d NetBox objects: median of %d runs %.1f ms,"
                            + " first (cold) run %.1f ms (target 300 ms: median %.2fx of target) -> %s%n",
                    hosts.size(), big.hosts().size(), runs.length, matchMs, first, matchMs / 300, result.counts());
            assertThat(result.counts()).containsEntry(Outcome.ONLY_DISCOVERED, 500);
            assertThat(nb.schemaViolations()).isEmpty();
        } finally {
            executor.shutdownNow();
        }
    }

    private static NetBoxSnapshot read(FakeNetBox nb, ExecutorService executor, int pageSize) {
        try (HttpNetBoxClient client = HttpNetBoxClient.of(NetBoxConfigs.of(nb.url(), FakeNetBox.V1_TOKEN,
                TlsConfig.SYSTEM, pageSize, null), NetBoxConfigs.FAST_RETRY)) {
            return new NetBoxInventoryReader(client, NetBoxConfigs.scope(null, null, null), executor)
                    .read(ReadProgress.NONE);
        }
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static String mac(int i) {
        return String.format("52:54:00:%02X:%02X:%02X", (i >> 16) & 0xff, (i >> 8) & 0xff, i & 0xff);
    }

    private static String ip(int i) {
        return "10." + (i >> 8 & 0xff) + "." + (i & 0xff) + ".10";
    }

    /** 10,000 servers with one interface, MAC, two IPs and a primary IP; 1,000 cabled to one switch. */
    private static void load(FakeNetBox nb) {
        FakeSeed.catalog(nb);
        ObjectNode sw = NODES.objectNode().put("name", "core-sw").put("device_type", 2).put("role", 2)
                .put("site", 1).put("status", "active");
        long swId = nb.load("dcim.device", sw);
        List<ObjectNode> ports = new ArrayList<>();
        for (int p = 0; p < CABLED; p++) {
            ObjectNode port = NODES.objectNode().put("device", swId).put("name", "port" + p)
                    .put("type", "1000base-t").put("enabled", true);
            nb.load("dcim.interface", port);
            ports.add(port);
        }
        for (int i = 0; i < DEVICES; i++) {
            ObjectNode d = NODES.objectNode().put("name", String.format("host-%05d", i)).put("device_type", 1)
                    .put("role", 1).put("site", 1).put("status", "active");
            long dev = nb.load("dcim.device", d);
            ObjectNode itf = NODES.objectNode().put("device", dev).put("name", "eth0").put("type", "1000base-t")
                    .put("enabled", true);
            long itfId = nb.load("dcim.interface", itf);
            long macId = nb.load("dcim.macaddress", NODES.objectNode().put("mac_address", mac(i))
                    .put("assigned_object_type", "dcim.interface").put("assigned_object_id", itfId));
            itf.put("primary_mac_address", macId);
            long ip1 = nb.load("ipam.ipaddress", NODES.objectNode().put("address", ip(i) + "/16")
                    .put("status", "active").put("assigned_object_type", "dcim.interface")
                    .put("assigned_object_id", itfId));
            nb.load("ipam.ipaddress", NODES.objectNode().put("address", "172.16." + (i >> 8 & 0xff) + "."
                            + (i & 0xff) + "/16").put("status", "active").put("assigned_object_type", "dcim.interface")
                    .put("assigned_object_id", itfId));
            d.put("primary_ip4", ip1);
            if (i < CABLED) {
                ObjectNode port = ports.get(i);
                long cable = nb.load("dcim.cable", NODES.objectNode().put("status", "connected")
                        .<ObjectNode>set("a_terminations", ends(itfId))
                        .set("b_terminations", ends(port.get("id").asLong())));
                itf.put("cable", cable).put("cable_end", "A").put("_occupied", true);
                port.put("cable", cable).put("cable_end", "B").put("_occupied", true);
            }
        }
    }

    private static com.fasterxml.jackson.databind.node.ArrayNode ends(long interfaceId) {
        return NODES.arrayNode().add(NODES.objectNode().put("object_type", "dcim.interface")
                .put("object_id", interfaceId));
    }

    /** 9,000 by MAC (500 of them on a new IP), 500 by IP with a replaced NIC, 500 new. */
    private static List<Host> hosts() {
        List<Host> hosts = new ArrayList<>(DEVICES);
        for (int i = 0; i < DEVICES; i++) {
            String name = String.format("host-%05d.example.com", i);
            if (i < 9_000) {
                String address = i < 500 ? "10.200." + (i >> 8) + "." + (i & 0xff) : ip(i);
                PortLocation port = i < CABLED ? new PortLocation("core-sw", "port" + i, Optional.empty()) : null;
                hosts.add(Hosts.host(List.of(MacAddress.of(mac(i))), name, port, Map.of(), Set.of(), address));
            } else if (i < 9_500) {
                hosts.add(Hosts.host(String.format("02:00:00:00:%02x:%02x", i >> 8 & 0xff, i & 0xff), name, ip(i)));
            } else {
                hosts.add(Hosts.host(String.format("02:00:01:00:%02x:%02x", i >> 8 & 0xff, i & 0xff), "new-" + i,
                        "192.168." + (i >> 8 & 0xff) + "." + (i & 0xff)));
            }
        }
        return hosts;
    }
}
