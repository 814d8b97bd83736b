package org.netboxauto.discovery;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Lets a face cancel a running discovery; sources still running end within a second. */
public final class RunControl {

    private volatile boolean cancelled;
    private final CountDownLatch cancelledLatch = new CountDownLatch(1);

    public void cancel() {
        cancelled = true;
        cancelledLatch.countDown();
    }

    public boolean cancelled() {
        return cancelled;
    }

    /** Waits up to {@code wait} for a cancel; true when cancelled. */
    public boolean awaitCancel(Duration wait) throws InterruptedException {
        return cancelledLatch.await(Math.max(0, wait.toMillis()), TimeUnit.MILLISECONDS);
    }
}
