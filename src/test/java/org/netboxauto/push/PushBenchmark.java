package org.netboxauto.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.core.Host;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.PortLocation;
import org.netboxauto.core.compare.Hosts;
import org.netboxauto.core.push.ActionOutcome;
import org.netboxauto.core.push.ActionVerb;
import org.netboxauto.core.push.PushAction;
import org.netboxauto.netbox.NetBoxPushWriter;
import org.netboxauto.netbox.fake.FakeNetBox;
import org.netboxauto.netbox.fake.FakeSeed;
import org.netboxauto.netbox.fake.NetBoxMode;
import org.netboxauto.service.PushPreview;
import org.netboxauto.service.PushReport;

/**
 * 1,000 approved hosts pushed into a fake NetBox already holding 10,000 objects: plan time,
 * requests per created object and apply time, with bulk writes side by side with one request per
 * object. Prints figures; never fails on time. Run: ./mvnw test -Dtest=PushBenchmark
 */
class PushBenchmark {

    private static final int EXISTING = 2_000;
    private static final int NEW = 1_000;
    private static final int CABLED = 300;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @TempDir
    Path dir;

    @Test
    void thousandHostsIntoTenThousandObjects() {
        Run bulk = run(NetBoxPushWriter.BATCH, "bulk");
        Run single = run(1, "single");
        System.out.printf("[benchmark] push of %d new hosts into a NetBox of %d objects: plan %d ms (target 2,000 ms:"
                        + " %.2fx), read %d ms in %d requests%n", NEW, bulk.objects, bulk.planMs,
                bulk.planMs / 2000.0, bulk.readMs, bulk.readRequests);
        System.out.printf("[benchmark] apply, bulk (%d per request): %d objects created, %d requests, %.3f requests per"
                        + " created object (target 1.2: %.3fx), %d ms%n", NetBoxPushWriter.BATCH, bulk.created,
                bulk.requests, bulk.perObject(), bulk.perObject() / 1.2, bulk.applyMs);
        System.out.printf("[benchmark] apply, one request per object: %d objects created, %d requests, %.3f per created"
                        + " object, %d ms | bulk vs single: %.3fx requests, %.2fx time%n", single.created,
                single.requests, single.perObject(), single.applyMs, (double) bulk.requests / single.requests,
                (double) bulk.applyMs / Math.max(1, single.applyMs));
    }

    private record Run(int objects, long planMs, long readMs, long readRequests, long created, long requests,
                       long applyMs) {
        double perObject() {
            return (double) requests / created;
        }
    }

    private Run run(int batch, String name) {
        try (PushLab lab = new PushLab(NetBoxMode.V4_6, dir.resolve(name), PushLab.DEFAULTS, batch)) {
            int objects = load(lab.nb);
            lab.approved(hosts());
            PushPreview preview = lab.preview();
            assertThat(preview.plan().problems()).isEmpty();
            PushReport report = lab.apply(preview);
            assertThat(report.failed()).as(report.outcomes().stream().filter(o -> o.state() != ActionOutcome.State.OK)
                    .limit(3).toList().toString()).isFalse();
            List<PushAction> actions = preview.plan().actions();
            long created = actions.stream().filter(a -> a.verb() == ActionVerb.CREATE).count();
            assertThat(lab.preview().plan().writes()).isZero();
            assertThat(lab.nb.schemaViolations()).isEmpty();
            return new Run(objects, preview.planTime().toMillis(), preview.readTime().toMillis(),
                    preview.readRequests(), created, report.requests(), report.took().toMillis());
        }
    }

    /** 2,000 servers with interface, MAC, IP and primary IP, and a switch whose ports wait for cables. */
    private static int load(FakeNetBox nb) {
        FakeSeed.catalog(nb);
        int objects = 0;
        long sw = nb.load("dcim.device", NODES.objectNode().put("name", "core-sw").put("device_type", 2)
                .put("role", 2).put("site", 1).put("status", "active"));
        objects++;
        for (int p = 0; p < EXISTING; p++) {
            nb.load("dcim.interface", NODES.objectNode().put("device", sw).put("name", "port" + p)
                    .put("type", "1000base-t").put("enabled", true));
            objects++;
        }
        for (int i = 0; i < EXISTING; i++) {
            ObjectNode d = NODES.objectNode().put("name", String.format("old-%05d", i)).put("device_type", 2)
                    .put("role", 1).put("site", 1).put("status", "active");
            long dev = nb.load("dcim.device", d);
            ObjectNode itf = NODES.objectNode().put("device", dev).put("name", "eth0").put("type", "1000base-t")
                    .put("enabled", true);
            long itfId = nb.load("dcim.interface", itf);
            long macId = nb.load("dcim.macaddress", NODES.objectNode().put("mac_address",
                    String.format("52:54:00:00:%02X:%02X", i >> 8, i & 0xff))
                    .put("assigned_object_type", "dcim.interface").put("assigned_object_id", itfId));
            itf.put("primary_mac_address", macId);
            long ip = nb.load("ipam.ipaddress", NODES.objectNode().put("address", "10.1." + (i >> 8) + "." + (i & 0xff)
                    + "/16").put("status", "active").put("assigned_object_type", "dcim.interface")
                    .put("assigned_object_id", itfId));
            d.put("primary_ip4", ip);
            objects += 4;
        }
        nb.create("/api/ipam/prefixes/", "{\"prefix\": \"10.2.0.0/16\"}");
        return objects + 1;
    }

    /** New hosts on 10.2/16, the first ones on switch ports. */
    private static List<Host> hosts() {
        List<Host> hosts = new ArrayList<>(NEW);
        for (int i = 0; i < NEW; i++) {
            PortLocation port = i < CABLED ? new PortLocation("core-sw", "port" + i, Optional.empty()) : null;
            hosts.add(Hosts.host(List.of(MacAddress.of(String.format("02:10:00:00:%02x:%02x", i >> 8, i & 0xff))),
                    String.format("new-%04d", i), port, Map.of(), Set.of(), "10.2." + (i >> 8) + "." + (i & 0xff)));
        }
        return hosts;
    }
}
