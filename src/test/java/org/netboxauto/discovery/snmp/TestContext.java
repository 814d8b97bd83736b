package org.netboxauto.discovery.snmp;

import java.time.Instant;

/** The shared recording context, stamped with this package's test time. */
final class TestContext extends org.netboxauto.testsupport.RecordingContext {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    TestContext() {
        super(NOW);
    }
}
