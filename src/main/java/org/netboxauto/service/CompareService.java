package org.netboxauto.service;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.netboxauto.config.AppConfig;
import org.netboxauto.config.NetBoxConfig;
import org.netboxauto.core.Host;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Review;
import org.netboxauto.core.ReviewState;
import org.netboxauto.core.compare.CompareResult;
import org.netboxauto.core.compare.ComparisonFilter;
import org.netboxauto.netbox.HttpNetBoxClient;
import org.netboxauto.netbox.NetBoxClient;
import org.netboxauto.netbox.NetBoxException;
import org.netboxauto.netbox.NetBoxInventoryReader;
import org.netboxauto.netbox.NetBoxSnapshot;
import org.netboxauto.netbox.NetBoxUnreachable;
import org.netboxauto.netbox.ReadProgress;
import org.netboxauto.netbox.RetryPolicy;

/** Compares the discovered hosts with NetBox; both faces call it. */
public final class CompareService {

    /** Where the hosts to compare come from, with the admin's decisions on them. */
    @FunctionalInterface
    public interface HostSource {
        List<HostEntry> hosts(AppConfig config);
    }

    private final HostSource hosts;
    private final Function<NetBoxConfig, NetBoxClient> clients;
    private final Executor executor;

    public CompareService(HostSource hosts, Function<NetBoxConfig, NetBoxClient> clients, Executor executor) {
        this.hosts = hosts;
        this.clients = clients;
        this.executor = executor;
    }

    /** Over the store's hosts, rejected ones left out, and NetBox over HTTP. */
    public static CompareService of(HostService hostService, Executor executor) {
        return new CompareService(config -> hostService.hosts(config.store()).stream()
                .filter(e -> e.state() != ReviewState.REJECTED).toList(),
                config -> HttpNetBoxClient.of(config, RetryPolicy.DEFAULT), executor);
    }

    /**
     * Reads NetBox in {@code netbox.scope} and matches every host against it.
     *
     * @throws NetBoxException when NetBox cannot be read; its message says what to do
     * @throws IllegalArgumentException naming the key when {@code netbox.url} or {@code netbox.token} is missing
     */
    public CompareReport compare(AppConfig config, ReadProgress progress) {
        return compare(config, progress, ComparisonFilter.ALL);
    }

    /**
     * As {@link #compare(AppConfig, ReadProgress)}, keeping only the rows {@code filter} passes: every
     * host is matched first, so a host left out by the filter never turns its object into "only in NetBox".
     */
    public CompareReport compare(AppConfig config, ReadProgress progress, ComparisonFilter filter) {
        List<HostEntry> entries = hosts.hosts(config);
        Map<MacAddress, Review> reviews = new HashMap<>();
        entries.forEach(e -> reviews.put(e.host().mac(), e.review()));
        List<Host> discovered = entries.stream().map(HostEntry::host).toList();
        try (NetBoxClient client = clients.apply(config.netbox())) {
            NetBoxSnapshot snapshot = new NetBoxInventoryReader(client, config.netbox().scope(), executor)
                    .read(progress);
            long start = System.nanoTime();
            CompareResult result = filter.apply(CompareResult.of(discovered, snapshot.hosts()),
                    mac -> reviews.getOrDefault(mac, Review.pending(mac, Instant.EPOCH)));
            Duration match = Duration.ofNanos(System.nanoTime() - start);
            return new CompareReport(client.baseUrl(), snapshot.version().toString(), snapshot.counts(),
                    snapshot.requests(), snapshot.took(), match, discovered.size(), result);
        }
    }

    /** Whether NetBox answers with a supported release; never throws. */
    public NetBoxStatus probe(NetBoxConfig config) {
        if (config.url().isEmpty()) {
            return NetBoxStatus.notConfigured("netbox.url is not set");
        }
        Optional<String> url = config.url().map(Object::toString);
        try (NetBoxClient client = clients.apply(config)) {
            return new NetBoxStatus(url, true, Optional.of(client.probe().toString()), Optional.empty());
        } catch (NetBoxException e) {
            return new NetBoxStatus(url, !(e instanceof NetBoxUnreachable), Optional.empty(),
                    Optional.of(e.getMessage()));
        } catch (IllegalArgumentException e) {
            return new NetBoxStatus(url, false, Optional.empty(), Optional.of(e.getMessage()));
        }
    }
}
