package org.netboxauto.push;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.netboxauto.core.CorrelationResult;
import org.netboxauto.core.Host;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.PortLocation;
import org.netboxauto.core.Review;
import org.netboxauto.core.ReviewState;
import org.netboxauto.core.RunStatus;
import org.netboxauto.core.Sourced;
import org.netboxauto.core.compare.Hosts;
import org.netboxauto.netbox.fake.FakeNetBox;
import org.netboxauto.netbox.fake.FakeSeed;
import org.netboxauto.service.StagingStore;

/**
 * NetBox with devices and a VM netbox-auto pushed while their hosts were seen, then a store in which those
 * hosts were last seen 2, 10 and 40 days ago; and web01, in NetBox without netbox-auto's tag, whose host
 * was last seen 60 days ago.
 */
public final class OrphanLab {

    public static final MacAddress FRESH = MacAddress.of("02:00:00:00:0a:01");
    public static final MacAddress STALE = MacAddress.of("02:00:00:00:0a:02");
    public static final MacAddress ANCIENT = MacAddress.of("02:00:00:00:0a:03");
    public static final MacAddress STALE_VM = MacAddress.of("bc:24:11:00:0a:04");

    private OrphanLab() {
    }

    /** Pushes the four hosts as seen now, then stores them as last seen days ago. */
    public static void seed(PushLab lab) {
        FakeSeed.small(lab.nb);
        FakeSeed.prefix(lab.nb, "10.0.0.0/24", "hq");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        lab.approved(hosts(now, 0, 0, 0));
        var report = lab.pushAll();
        if (report.failed()) {
            throw new AssertionError("the first push failed: " + report.outcomes());
        }
        Host web = seenAt(Hosts.host(List.of(MacAddress.of(FakeSeed.SERVER_MAC)), "web01", null, Map.of(), Set.of(),
                "10.0.0.11"), now.minus(Duration.ofDays(60)));
        try (StagingStore store = lab.stores.open(lab.config().store())) {
            long run = store.startRun(now);
            List<Host> later = new java.util.ArrayList<>(hosts(now, 2, 10, 40));
            later.add(web);
            store.finishRun(run, now, RunStatus.SUCCEEDED, new CorrelationResult(later, List.of(), List.of()));
            store.saveReviews(List.of(new Review(web.mac(), ReviewState.PENDING, Optional.empty(), now)));
        }
    }

    private static List<Host> hosts(Instant now, int fresh, int stale, int ancient) {
        Host a = Hosts.host(List.of(FRESH), "fresh-1", null, Map.of(), Set.of(), "10.0.0.101");
        Host b = Hosts.host(List.of(STALE), "stale-2", null, Map.of(), Set.of(), "10.0.0.102");
        Host c = Hosts.host(List.of(ANCIENT), "ancient-3", new PortLocation("sw1", "ge-0/0/5", Optional.empty()),
                Map.of(), Set.of(), "10.0.0.103");
        Host vm = Hosts.host(List.of(STALE_VM), "vm-4", null,
                Map.of("proxmox:pve", Map.of("vmid", "104", "node", "pve1", "nic", "net0", "status", "running")),
                Set.of(), "10.0.0.104");
        return List.of(seenAt(a, now.minus(Duration.ofDays(fresh))), seenAt(b, now.minus(Duration.ofDays(stale))),
                seenAt(c, now.minus(Duration.ofDays(ancient))), seenAt(vm, now.minus(Duration.ofDays(stale))));
    }

    private static Host seenAt(Host h, Instant at) {
        return new Host(h.mac(), h.macs(), h.ips().stream().map(s -> new Sourced<>(s.value(), s.source(), at)).toList(),
                h.hostname().map(s -> new Sourced<>(s.value(), s.source(), at)),
                h.port().map(s -> new Sourced<>(s.value(), s.source(), at)), h.vendor(), h.sources(),
                at.minus(Duration.ofDays(100)), at, h.flags(), h.evidence());
    }

    /** Every device and VM as NetBox holds it, without the times NetBox moves on each write. */
    public static Map<String, String> machines(FakeNetBox nb) {
        Map<String, String> out = new TreeMap<>();
        for (String type : List.of("dcim.device", "virtualization.virtualmachine")) {
            for (JsonNode row : nb.rows(type)) {
                out.put(type + ":" + row.path("name").asText(), row.path("status").asText() + " "
                        + row.path("tags") + " " + row.path("primary_ip4").asText());
            }
        }
        return out;
    }
}
