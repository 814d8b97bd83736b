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
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.netboxauto.config.AppConfig;
import org.netboxauto.core.CorrelationResult;
import org.netboxauto.core.Correlator;
import org.netboxauto.core.Host;
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

    /** The hosts stored before this run, once the store is open; none when it cannot open or the source stops. */
    private static List<Host> storedHosts(CompletableFuture<StagingStore.StoredHosts> before) {
        try {
            return before.get().hosts();
        } catch (ExecutionException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
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
        // the store stores microseconds; stored hosts refer to this time, so it must survive the round trip
        Instant runTime = orchestrator.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        // the store opens and the run starts while the sources are read: a scan is done in about the time
        // the store takes to open. A store that cannot open cancels the sources and is reported after them.
        CompletableFuture<OpenRun> opening = CompletableFuture.supplyAsync(() -> OpenRun.start(stores, config,
                runTime), r -> Thread.ofVirtual().name("store-open").start(r));
        opening.whenComplete((run, failure) -> {
            if (failure != null) {
                control.cancel();
            }
        });
        // the stored hosts are decoded, once the store is open, while the sources are read
        CompletableFuture<StagingStore.StoredHosts> before = opening.thenApplyAsync(
                run -> run.store().storedHosts(), r -> Thread.ofVirtual().name("stored-hosts").start(r));
        // each source's observations are stored in the order the sources end, on a thread of their own: the
        // next source is heard meanwhile, and the last one's are stored while the run is correlated
        java.util.concurrent.Executor storeWriter = r -> Thread.ofVirtual().name("store-observations").start(r);
        CompletableFuture<?>[] saved = {opening};
        try {
            List<Observation> observations = new ArrayList<>();
            List<SourceOutcome> outcomes = new ArrayList<>();
            Set<String> read = new HashSet<>();
            orchestrator.run(chosen, runTime, listener, control, result -> {
                if (opening.isCompletedExceptionally()) {
                    return;
                }
                SourceOutcome outcome = outcome(result);
                boolean interrupted = Thread.interrupted();
                try {
                    OpenRun run = opening.join();
                    run.store().recordSource(run.id(), outcome);
                } catch (CompletionException e) {
                    return;
                } finally {
                    // a store's file closes when a thread interrupted meanwhile touches it
                    if (interrupted) {
                        Thread.currentThread().interrupt();
                    }
                }
                saved[0] = saved[0].thenRunAsync(() -> {
                    OpenRun run = opening.join();
                    run.store().saveObservations(run.id(), outcome, result.observations());
                    if (result.succeeded() && result.switchReport().isPresent()) {
                        run.store().saveSwitchReport(result.source(), runTime, result.switchReport().get());
                    }
                }, storeWriter);
                outcomes.add(outcome);
                if (result.succeeded()) {
                    observations.addAll(result.observations());
                    read.add(result.source());
                }
            }, () -> storedHosts(before));
            boolean interrupted = Thread.interrupted();
            long sourcesRead = System.nanoTime();
            try {
                OpenRun run = OpenRun.await(opening);
                StagingStore store = run.store();
                StagingStore.StoredHosts previous = joined(before);
                Set<String> named = interrupted ? Set.of() : NamesStep.run(config.names(), store, run.id(), runTime,
                        previous.hosts(), observations, outcomes);
                List<Observation> located = new PortLocator(config.correlation().uplinkMacThreshold())
                        .locate(observations);
                Correlator correlator = new Correlator(config.correlation().hostnamePrecedence(), vendorTable.join());
                Set<String> readOrNamed = named.isEmpty() ? read : union(read, named);
                RunStatus status = read.size() == chosen.size() ? RunStatus.SUCCEEDED
                        : read.isEmpty() ? RunStatus.FAILED : RunStatus.PARTIAL;
                CorrelationResult onPrevious = correlator.correlate(located, previous.hosts(), readOrNamed);
                long correlatedAt = System.nanoTime();
                // merged again into the hosts as stored when the run is written, if another collector has
                // written some of them since this run read them (ADR 0029); observations are still being stored
                StagingStore.FinishedRun finished = store.finishRun(run.id(), orchestrator.now(), status, previous,
                        onPrevious, stored -> correlator.correlate(located, stored, readOrNamed));
                long writtenAt = System.nanoTime();
                joined(saved[0]);
                CorrelationResult correlated = finished.result();
                long hosts = finished.hosts();
                Map<String, Integer> ruled = RuleDecisions.apply(config.review().rules(), correlated.updated(), store,
                        runTime);
                alerts.ifPresent(a -> {
                    try {
                        a.record(config, store, run.id(), runTime, correlated);
                    } catch (RuntimeException e) {
                        LOG.warn("The alerts of run {} were not recorded: {}", run.id(), e.getMessage());
                    }
                });
                compact(store, config.store().retention(), runTime);
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                LOG.info("Discovery run {} {}: {} new, {} changed, {} gone in {} ms (sources read {} ms, correlated {} ms"
                        + " later, hosts written {} ms later, the rest {} ms)", run.id(), status,
                        correlated.count(org.netboxauto.core.HostChange.Kind.NEW),
                        correlated.count(org.netboxauto.core.HostChange.Kind.CHANGED),
                        correlated.count(org.netboxauto.core.HostChange.Kind.GONE), took.toMillis(),
                        millis(sourcesRead - start), millis(correlatedAt - sourcesRead), millis(writtenAt - correlatedAt),
                        millis(System.nanoTime() - writtenAt));
                outcomes.sort(java.util.Comparator.comparing(o -> chosenIndex(chosen, o.source())));
                return new DiscoveryReport(run.id(), status, outcomes, correlated.changes(), Math.toIntExact(hosts), took,
                        ruled);
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        } finally {
            // now, or when the run ended early, as soon as it is open and what the sources gave is stored
            saved[0].whenComplete((ignored, failure) -> opening.thenAccept(run -> run.store().close()));
        }
    }

    /** A tenth of the retention, at least a day: 9 days for 90. */
    public static Duration retentionBatch(Duration retention) {
        Duration tenth = retention.dividedBy(10);
        return tenth.compareTo(Duration.ofDays(1)) < 0 ? Duration.ofDays(1) : tenth;
    }

    /** Store retention after the run; a failure is logged and the run stands. */
    private static void compact(StagingStore store, Duration retention, Instant runTime) {
        try {
            Compaction c = store.compact(runTime.minus(retention), retentionBatch(retention));
            if (c.observations() > 0 || c.runs() > 0) {
                LOG.info("Store retention ({} days): removed {} observations a later one replaced and {} empty runs"
                        + " in {} ms", retention.toDays(), c.observations(), c.runs(), c.took().toMillis());
            }
        } catch (RuntimeException e) {
            LOG.warn("Compacting observations older than {} days failed, the run is stored and the next one tries"
                    + " again: {}", retention.toDays(), e.getMessage());
        }
    }

    /** The opened store and the run started in it. */
    private record OpenRun(StagingStore store, long id) {

        static OpenRun start(StoreAccess stores, AppConfig config, Instant runTime) {
            StagingStore store = stores.open(config.store());
            try {
                return new OpenRun(store, store.startRun(runTime));
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
        }

        /** The open run, or the store's own failure as the opener threw it. */
        static OpenRun await(CompletableFuture<OpenRun> opening) {
            return joined(opening);
        }
    }

    /** What {@code work} gave, or what it threw, as if done here. */
    private static <T> T joined(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
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
