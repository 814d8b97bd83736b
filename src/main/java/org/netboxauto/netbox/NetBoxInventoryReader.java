package org.netboxauto.netbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.netboxauto.config.NetBoxConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the part of NetBox in {@code netbox.scope} into a {@link NetBoxSnapshot}, one endpoint per task. */
public final class NetBoxInventoryReader {

    private static final Logger LOG = LoggerFactory.getLogger(NetBoxInventoryReader.class);

    static final Map<String, String> CATALOG = Map.of(
            "sites", "/api/dcim/sites/",
            "roles", "/api/dcim/device-roles/",
            "device-types", "/api/dcim/device-types/",
            "platforms", "/api/dcim/platforms/",
            "clusters", "/api/virtualization/clusters/",
            "tags", "/api/extras/tags/",
            "custom-fields", "/api/extras/custom-fields/");

    private final NetBoxClient client;
    private final NetBoxConfig.Scope scope;
    private final Executor executor;

    public NetBoxInventoryReader(NetBoxClient client, NetBoxConfig.Scope scope, Executor executor) {
        this.client = client;
        this.scope = scope;
        this.executor = executor;
    }

    public NetBoxSnapshot read(ReadProgress progress) {
        long start = System.nanoTime();
        long requestsBefore = client.requestCount();
        NetBoxRows rows = readRows(progress, Map.of());
        Map<String, List<NamedRef>> catalog = new LinkedHashMap<>();
        CATALOG.keySet().forEach(k -> catalog.put(k, refs(rows.get(k))));
        var hosts = SnapshotAssembler.hosts(rows.all(), rows.version());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        LOG.info("read NetBox {} at {}: {} in {} ms", rows.version(), client.baseUrl(), rows.counts(), took.toMillis());
        return new NetBoxSnapshot(rows.version(), catalog, hosts, rows.counts(), client.requestCount() - requestsBefore,
                took);
    }

    /** Every endpoint of the catalog, the scoped devices and VMs and their parts, and {@code extra}, at once. */
    NetBoxRows readRows(ReadProgress progress, Map<String, String> extra) {
        NetBoxVersion version = client.version();
        ScopeFilter filter = ScopeFilter.resolve(client, scope);
        Map<String, String> parts = new LinkedHashMap<>(CATALOG);
        parts.put("devices", "/api/dcim/devices/");
        parts.put("virtual-machines", "/api/virtualization/virtual-machines/");
        parts.put("interfaces", "/api/dcim/interfaces/");
        parts.put("vm-interfaces", "/api/virtualization/interfaces/");
        if (version.hasMacObjects()) {
            parts.put("mac-addresses", "/api/dcim/mac-addresses/");
        }
        parts.put("ip-addresses", "/api/ipam/ip-addresses/");
        parts.put("cables", "/api/dcim/cables/");
        parts.putAll(extra);
        AtomicInteger done = new AtomicInteger();
        progress.update(0, parts.size(), "reading NetBox " + version + " at " + client.baseUrl());
        Map<String, CompletableFuture<List<JsonNode>>> reads = new LinkedHashMap<>();
        parts.forEach((name, path) -> reads.put(name, CompletableFuture.supplyAsync(() -> {
            List<JsonNode> rows = new ArrayList<>();
            client.each(path, query(name, filter, version), RowShapes.of(name), rows::add);
            if (name.equals("devices") || name.equals("virtual-machines")) {
                filter.verify(path, rows);
            }
            progress.update(done.incrementAndGet(), parts.size(), "read " + rows.size() + " " + name);
            return rows;
        }, executor)));
        try {
            CompletableFuture.allOf(reads.values().toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            reads.values().forEach(f -> f.cancel(true));
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
        Map<String, List<JsonNode>> rows = new LinkedHashMap<>();
        reads.forEach((name, f) -> rows.put(name, f.join()));
        return new NetBoxRows(version, rows);
    }

    private static NetBoxQuery query(String part, ScopeFilter filter, NetBoxVersion version) {
        if (!part.equals("devices") && !part.equals("virtual-machines")) {
            return NetBoxQuery.NONE;
        }
        NetBoxQuery q = filter.query();
        // config context is slow to render and unused here; 4.7 always includes it
        return version.minor() < 7 ? q.and("exclude", "config_context") : q;
    }

    private static List<NamedRef> refs(List<JsonNode> rows) {
        List<NamedRef> refs = new ArrayList<>(rows.size());
        for (JsonNode r : rows) {
            String name = r.hasNonNull("name") ? r.get("name").asText() : r.path("model").asText(r.path("display")
                    .asText());
            refs.add(new NamedRef(r.path("id").asLong(), name, r.path("slug").asText(name)));
        }
        return refs;
    }
}
