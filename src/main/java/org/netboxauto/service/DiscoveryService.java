package org.netboxauto.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.netboxauto.config.AppConfig;
import org.netboxauto.core.CorrelationResult;
import org.netboxauto.core.Correlator;
import org.netboxauto.core.Observation;
import org.netboxauto.core.RunStatus;
import org.netboxauto.core.VendorLookup;
import org.netboxauto.core.location.PortLocator;
import org.netboxauto.discovery.Collector;
import org.netboxauto.discovery.CollectorFactory;
import org.netboxauto.discovery.CollectorResult;
import org.netboxauto.discovery.DiscoveryListener;
import org.netboxauto.discovery.DiscoveryOrchestrator;
import org.netboxauto.discovery.RunControl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Discovers: runs the chosen sources, stores each one's observations, correlates them into hosts. */
public final class DiscoveryService {

    private static final Logger LOG = LoggerFactory.getLogger(DiscoveryService.class);

    private final StoreAccess stores;
    private final CollectorFactory collectors;
    private final DiscoveryOrchestrator orchestrator;
    private final Supplier<VendorLookup> vendors;
    private final Optional<AlertService> alerts;

    public DiscoveryService(StoreAccess stores, CollectorFactory collectors, Supplier<VendorLookup> vendors,
            DiscoveryOrchestrator orchestrator) {
        this(stores, collectors, vendors, orchestrator, Optional.empty());
    }

    /** With change alerts: each run's events go into the outbox before the run returns. */
    public DiscoveryService(StoreAccess stores, CollectorFactory collectors, Supplier<VendorLookup> vendors,
            DiscoveryOrchestrator orchestrator, Optional<AlertService> alerts) {
        this.stores = stores;
        this.vendors = vendors;
        this.collectors = collectors;
        this.orchestrator = orchestrator;
        this.alerts = alerts;
    }

    /** The ids of every source this config would run, e.g. {@code routeros:core}. */
    public List<String> sources(AppConfig config) {
        return collectors.create(config.sources()).stream().map(Collector::sourceId).toList();
    }

    /**
     * @param names source names or ids to run; empty runs every source
     * @throws IllegalArgumentException when no source is configured or a name matches none
     */
    public DiscoveryReport discover(AppConfig config, List<String> names, DiscoveryListener listener,
            RunControl control) {
        List<Collector> chosen = SourceSelection.choose(collectors.create(config.sources()), names);
        long start = System.nanoTime();
        // the vendor table takes a while to read: it loads while the sources are read
        CompletableFuture<VendorLookup> vendorTable = CompletableFuture.supplyAsync(vendors,
                r -> Thread.ofVirtual().name("vendor-table").start(r));
        try (StagingStore store = stores.open(config.store())) {
            // the store keeps microseconds; stored hosts refer to this time, so it must survive the round trip
            Instant runTime = orchestrator.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
            long runId = store.startRun(runTime);
            List<Observation> observations = new ArrayList<>();
            List<SourceOutcome> outcomes = new ArrayList<>();
            Set<String> read = new HashSet<>();
            orchestrator.run(chosen, runTime, listener, control, result -> {
                SourceOutcome outcome = outcome(result);
                boolean interrupted = Thread.interrupted();
                try {
                    store.saveSource(runId, outcome, result.observations());
                } finally {
                    if (interrupted) {
                        Thread.currentThread().interrupt();
                    }
                }
                outcomes.add(outcome);
                if (result.succeeded()) {
                    observations.addAll(result.observations());
                    read.add(result.source());
                }
            });
            boolean interrupted = Thread.interrupted();
            try {
                List<org.netboxauto.core.Host> previous = store.hosts();
                Set<String> named = interrupted ? Set.of()
                        : NamesStep.run(config.names(), store, runId, runTime, previous, observations, outcomes);
                List<Observation> located = new PortLocator(config.correlation().uplinkMacThreshold())
                        .locate(observations);
                CorrelationResult correlated = new Correlator(config.correlation().hostnamePrecedence(),
                        vendorTable.join())
                        .correlate(located, previous, named.isEmpty() ? read : union(read, named));
                RunStatus status = read.size() == chosen.size() ? RunStatus.SUCCEEDED
                        : read.isEmpty() ? RunStatus.FAILED : RunStatus.PARTIAL;
                long hosts = store.finishRun(runId, orchestrator.now(), status, correlated);
                Map<String, Integer> ruled = RuleDecisions.apply(config.review().rules(), correlated.updated(), store,
                        runTime);
                alerts.ifPresent(a -> {
                    try {
                        a.record(config, store, runId, runTime, correlated);
                    } catch (RuntimeException e) {
                        LOG.warn("The alerts of run {} were not recorded: {}", runId, e.getMessage());
                    }
                });
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                LOG.info("Discovery run {} {}: {} new, {} changed, {} gone in {} ms", runId, status,
                        correlated.count(org.netboxauto.core.HostChange.Kind.NEW),
                        correlated.count(org.netboxauto.core.HostChange.Kind.CHANGED),
                        correlated.count(org.netboxauto.core.HostChange.Kind.GONE), took.toMillis());
                outcomes.sort(java.util.Comparator.comparing(o -> chosenIndex(chosen, o.source())));
                return new DiscoveryReport(runId, status, outcomes, correlated.changes(), Math.toIntExact(hosts), took,
                        ruled);
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static int chosenIndex(List<Collector> chosen, String source) {
        for (int i = 0; i < chosen.size(); i++) {
            if (chosen.get(i).sourceId().equals(source)) {
                return i;
            }
        }
        return chosen.size();
    }

    private static SourceOutcome outcome(CollectorResult result) {
        return result.succeeded() ? SourceOutcome.succeeded(result.source(), result.observations().size())
                : SourceOutcome.failed(result.source(), result.error().orElseThrow());
    }
}
