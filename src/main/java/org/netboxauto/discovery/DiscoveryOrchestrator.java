package org.netboxauto.discovery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.netboxauto.core.Host;
import org.netboxauto.core.Observation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs collectors in parallel, each bounded by its own timeout. A failing source is reported and
 * the others go on; cancel stops every source still running within a second.
 */
public final class DiscoveryOrchestrator {

    private static final Logger LOG = LoggerFactory.getLogger(DiscoveryOrchestrator.class);
    private static final long POLL_MILLIS = 50;

    private final ExecutorService executor;
    private final Clock clock;

    public DiscoveryOrchestrator(ExecutorService executor, Clock clock) {
        this.executor = executor;
        this.clock = clock;
    }

    /**
     * Runs every collector; {@code onResult} is called on the calling thread as each one ends (so
     * results can be stored while others still run), and the results are returned in collector order.
     */
    public List<CollectorResult> run(List<Collector> collectors, Instant runTime, DiscoveryListener listener,
            RunControl control, Consumer<CollectorResult> onResult) {
        return run(collectors, runTime, listener, control, onResult, List::of);
    }

    /** As {@link #run(List, Instant, DiscoveryListener, RunControl, Consumer)}, giving sources the stored hosts. */
    public List<CollectorResult> run(List<Collector> collectors, Instant runTime, DiscoveryListener listener,
            RunControl control, Consumer<CollectorResult> onResult, Supplier<List<Host>> storedHosts) {
        List<Running> running = new ArrayList<>();
        for (Collector c : collectors) {
            CollectorRun context = new CollectorRun(c.sourceId(), listener, runTime, storedHosts);
            listener.sourceStarted(c.sourceId());
            long started = System.nanoTime();
            Future<List<Observation>> future = executor.submit(() -> c.collect(context));
            running.add(new Running(c, context, future, started, started + c.timeout().toNanos()));
        }
        CollectorResult[] results = new CollectorResult[collectors.size()];
        boolean interrupted = false;
        int done = 0;
        while (done < results.length) {
            long now = System.nanoTime();
            for (int i = 0; i < results.length; i++) {
                if (results[i] != null) {
                    continue;
                }
                Optional<CollectorResult> ended = ended(running.get(i), now, control);
                if (ended.isPresent()) {
                    results[i] = ended.get();
                    done++;
                    log(results[i]);
                    onResult.accept(results[i]);
                    listener.sourceFinished(results[i], done, results.length);
                }
            }
            if (done < results.length && !pause()) {
                // the face's thread was interrupted: treat as cancel, but store what was collected first
                interrupted = true;
                control.cancel();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return List.of(results);
    }

    private Optional<CollectorResult> ended(Running r, long now, RunControl control) {
        Duration took = Duration.ofNanos(now - r.started);
        if (r.future.isDone()) {
            try {
                return Optional.of(new CollectorResult(r.collector.sourceId(), r.future.get(), Optional.empty(), took,
                        Optional.empty(), r.context.switchReport()));
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (!(cause instanceof CollectorException)) {
                    LOG.warn("{} failed", r.collector.sourceId(), cause);
                }
                return Optional.of(new CollectorResult(r.collector.sourceId(), List.of(),
                        Optional.of(FailureReasons.describe(cause, r.collector)), took,
                        org.netboxauto.net.CertificateSummary.refusedIn(cause).map(c ->
                                new CollectorResult.RefusedCertificate(r.collector.configKey(), c))));
            } catch (CancellationException | InterruptedException e) {
                return failed(r, "stopped", took);
            }
        }
        if (control.cancelled()) {
            stop(r);
            return failed(r, "cancelled", took);
        }
        if (now - r.deadline > 0) {
            stop(r);
            return failed(r, "timed out after " + seconds(r.collector.timeout()) + "; raise "
                    + r.collector.configKey() + ".timeout if the peer is slow", took);
        }
        return Optional.empty();
    }

    private static void stop(Running r) {
        r.context.stop();
        r.future.cancel(true);
    }

    private static Optional<CollectorResult> failed(Running r, String reason, Duration took) {
        return Optional.of(new CollectorResult(r.collector.sourceId(), List.of(), Optional.of(reason), took));
    }

    private static void log(CollectorResult r) {
        if (r.succeeded()) {
            LOG.info("{}: {} observations in {} ms", r.source(), r.observations().size(), r.took().toMillis());
        } else {
            LOG.warn("{} failed: {}", r.source(), r.error().orElseThrow());
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static boolean pause() {
        try {
            Thread.sleep(POLL_MILLIS);
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    /** Clock used to stamp runs. */
    public Instant now() {
        return clock.instant();
    }

    private record Running(Collector collector, CollectorRun context, Future<List<Observation>> future, long started,
                           long deadline) {
    }
}
