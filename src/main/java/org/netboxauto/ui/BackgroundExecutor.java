package org.netboxauto.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The shell's own worker: one named daemon thread that logs what escapes a task. */
final class BackgroundExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundExecutor.class);

    private BackgroundExecutor() {
    }

    /** One named daemon thread for periodic work, such as watching the store for changes. */
    static java.util.concurrent.ScheduledExecutorService scheduled(String name) {
        return java.util.concurrent.Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name(name)
                .daemon(true).uncaughtExceptionHandler((thread, e) -> LOG.error("Uncaught in {}", thread.getName(), e))
                .factory());
    }

    static ExecutorService create(String name) {
        ThreadFactory factory = Thread.ofPlatform()
                .name(name)
                .daemon(true)
                .uncaughtExceptionHandler((thread, e) -> LOG.error("Uncaught in {}", thread.getName(), e))
                .factory();
        // after shutdown (window closed) late tasks are dropped quietly instead of failing
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), factory,
                (task, executor) -> LOG.debug("Dropped a background task: the window is closing"));
    }
}
