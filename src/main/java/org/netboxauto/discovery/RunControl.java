package org.netboxauto.discovery;

/** Lets a face cancel a running discovery; sources still running end within a second. */
public final class RunControl {

    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean cancelled() {
        return cancelled;
    }
}
