package org.netboxauto.app;

import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The program's thread pools, built once here: named, and logging what escapes them. */
final class ThreadPools {

    private static final Logger LOG = LoggerFactory.getLogger(ThreadPools.class);

    private ThreadPools() {
    }

    /** Collectors block on network reads: a virtual thread each. */
    static ExecutorService collectors() {
        return java.util.concurrent.Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("collector-", 1)
                .uncaughtExceptionHandler((t, e) -> LOG.error("Uncaught in {}", t.getName(), e)).factory());
    }

    /** Lets go of an idle H2 store file shortly after the last read or write, so other processes get their turn. */
    static java.util.concurrent.ScheduledExecutorService storeRelease() {
        return java.util.concurrent.Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon()
                .name("store-release").uncaughtExceptionHandler((t, e) -> LOG.error("Uncaught in {}", t.getName(), e))
                .factory());
    }

    /** NetBox list reads wait on HTTP: a virtual thread each, bounded by the client's connection pool. */
    static ExecutorService netboxReads() {
        return java.util.concurrent.Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("netbox-read-", 1)
                .uncaughtExceptionHandler((t, e) -> LOG.error("Uncaught in {}", t.getName(), e)).factory());
    }
}
