package org.netboxauto.discovery;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.netboxauto.core.Host;
import org.netboxauto.core.topology.SwitchReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One collector's context while it runs: forwards progress, and closes its resources when stopped. */
final class CollectorRun implements CollectorContext {

    private static final Logger LOG = LoggerFactory.getLogger(CollectorRun.class);

    private final String source;
    private final DiscoveryListener listener;
    private final Instant now;
    private final List<AutoCloseable> resources = new CopyOnWriteArrayList<>();
    private final Supplier<List<Host>> storedHosts;
    private volatile boolean stopped;
    private volatile SwitchReport switchReport;

    CollectorRun(String source, DiscoveryListener listener, Instant now, Supplier<List<Host>> storedHosts) {
        this.storedHosts = storedHosts;
        this.source = source;
        this.listener = listener;
        this.now = now;
    }

    @Override
    public void progress(String message) {
        if (!stopped) {
            LOG.info("{}: {}", source, message);
            listener.sourceMessage(source, message);
        }
    }

    @Override
    public void onCancel(AutoCloseable resource) {
        resources.add(resource);
        if (stopped) {
            closeQuietly(resource);
        }
    }

    @Override
    public boolean cancelled() {
        return stopped || Thread.currentThread().isInterrupted();
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public void report(SwitchReport report) {
        switchReport = report;
    }

    java.util.Optional<SwitchReport> switchReport() {
        return java.util.Optional.ofNullable(switchReport);
    }

    @Override
    public List<Host> storedHosts() {
        return storedHosts.get();
    }

    /** Ends the collector's blocking I/O: the run was cancelled or the source timed out. */
    void stop() {
        stopped = true;
        resources.forEach(CollectorRun::closeQuietly);
    }

    private static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            LOG.debug("Closing a stopped collector's resource failed", e);
        }
    }
}
