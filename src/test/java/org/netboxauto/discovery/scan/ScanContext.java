package org.netboxauto.discovery.scan;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.netboxauto.core.Host;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Sourced;

/** The shared recording context, stamped with this package's test time. */
final class ScanContext extends org.netboxauto.testsupport.RecordingContext {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private final List<Host> stored;

    ScanContext() {
        this(List.of());
    }

    /** A context whose store held {@code stored} before the run. */
    ScanContext(List<Host> stored) {
        super(NOW);
        this.stored = List.copyOf(stored);
    }

    @Override
    public List<Host> storedHosts() {
        return stored;
    }

    /** A stored host with one MAC and the addresses another source reported for it. */
    static Host storedHost(String mac, List<String> ips) {
        MacAddress m = MacAddress.of(mac);
        return new Host(m, List.of(m), ips.stream().map(ip -> new Sourced<>(ip, "routeros:core", NOW)).toList(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of("routeros:core"), NOW, NOW, Set.of(),
                Map.of());
    }
}
