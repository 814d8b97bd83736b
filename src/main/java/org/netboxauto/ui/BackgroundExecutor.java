package org.netboxauto.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The shell's own worker: one named daemon thread that logs what escapes a task. */
final class BackgroundExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundExecutor.class);

    private BackgroundExecutor() {
    }

    static ExecutorService create(String name) {
        ThreadFactory factory = Thread.ofPlatform()
                .name(name)
                .daemon(true)
                .uncaughtExceptionHandler((thread, e) -> LOG.error("Uncaught in {}", thread.getName(), e))
                .factory();
        return Executors.newSingleThreadExecutor(factory);
    }
}
