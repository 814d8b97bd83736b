package org.netboxauto.discovery;

import java.time.Instant;
import java.util.List;
import org.netboxauto.core.Host;
import org.netboxauto.core.topology.SwitchReport;

/** What a running collector may use: progress reporting, cancellation, the run's clock. */
public interface CollectorContext {

    /** A line for the live log, e.g. "read 240 DHCP leases". */
    void progress(String message);

    /** Closed when the run is cancelled or the source times out; closing it must end blocking reads. */
    void onCancel(AutoCloseable resource);

    boolean cancelled();

    /** The time this run's observations are stamped with. */
    Instant now();

    /** A switch's identity and neighbours, kept with the source's result when it succeeds. */
    default void report(SwitchReport report) {
    }

    /**
     * The hosts the store held before this run, for a source that probes what others found (the
     * IPv6 scan); waits for the store to open, and is empty when it could not.
     */
    default List<Host> storedHosts() {
        return List.of();
    }
}
