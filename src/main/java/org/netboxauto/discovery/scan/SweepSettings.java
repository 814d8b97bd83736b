package org.netboxauto.discovery.scan;

import java.time.Duration;

/** How hard a sweep pushes: packets per second, extra probes for silent addresses, the wait for late answers. */
record SweepSettings(int rate, int retries, Duration timeout) {
}
