package org.netboxauto.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netboxauto.config.StoreConfig;
import org.netboxauto.core.HostChange;
import org.netboxauto.core.HostFilter;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.core.Review;

/** Reads the host list, a host's history and the last run for the faces. */
public final class HostService {

    private final StoreAccess stores;
    private final StoreWatch watch;

    public HostService(StoreAccess stores) {
        this.stores = stores;
        this.watch = new StoreWatch(stores);
    }

    /** Changes whenever any process wrote a run, a decision or a push; cheap enough to ask every second. */
    public String changeStamp(StoreConfig config) {
        return watch.stamp(config);
    }

    /** Every host with its review (pending when never reviewed), ordered by MAC. */
    public List<HostEntry> hosts(StoreConfig config) {
        return hosts(config, HostFilter.ALL);
    }

    public List<HostEntry> hosts(StoreConfig config, HostFilter filter) {
        try (StagingStore store = stores.open(config)) {
            Map<MacAddress, Review> reviews = store.reviews();
            var matches = filter.matcher();
            return store.hosts().stream()
                    .map(h -> new HostEntry(h, reviews.getOrDefault(h.mac(), Review.pending(h.mac(), h.firstSeen()))))
                    .filter(e -> matches.test(e.host(), e.review()))
                    .toList();
        }
    }

    /**
     * The last report of each switch source still configured, in the config's order; a removed source's report
     * stays in the store but is not drawn.
     */
    public List<org.netboxauto.core.topology.SwitchReport> switchReports(org.netboxauto.config.AppConfig config) {
        Map<String, org.netboxauto.core.topology.SwitchReport> stored;
        try (StagingStore store = stores.open(config.store())) {
            stored = store.switchReports();
        }
        return config.sources().snmp().stream().map(s -> stored.get("snmp:" + s.name()))
                .filter(java.util.Objects::nonNull).toList();
    }

    /** What the sources reported of this MAC whenever it changed, oldest first. */
    public List<Observation> history(StoreConfig config, MacAddress mac) {
        try (StagingStore store = stores.open(config)) {
            return store.observationsOf(mac);
        }
    }

    public List<HostChange> changes(StoreConfig config, long runId) {
        try (StagingStore store = stores.open(config)) {
            return store.changes(runId);
        }
    }

    public Optional<RunSummary> lastRun(StoreConfig config) {
        try (StagingStore store = stores.open(config)) {
            return store.lastRun();
        }
    }
}
