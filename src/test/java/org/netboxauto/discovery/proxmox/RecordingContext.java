package org.netboxauto.discovery.proxmox;

import java.time.Instant;

/** The shared recording context, stamped with this package's test time. */
final class RecordingContext extends org.netboxauto.testsupport.RecordingContext {

    static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    RecordingContext() {
        super(NOW);
    }
}
