package org.netboxauto.discovery;

import java.time.Instant;
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
}
