package org.netboxauto.service;

import java.time.Instant;
import org.netboxauto.discovery.CollectorContext;

/** A context for one connection test: nothing to report, nothing cancels it but its timeout. */
final class OneShotContext implements CollectorContext {

    @Override
    public void progress(String message) {
    }

    @Override
    public void onCancel(AutoCloseable resource) {
    }

    @Override
    public boolean cancelled() {
        return false;
    }

    @Override
    public Instant now() {
        return Instant.now();
    }
}
