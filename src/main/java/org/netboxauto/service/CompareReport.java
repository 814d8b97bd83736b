package org.netboxauto.service;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.netboxauto.core.compare.CompareResult;

/**
 * One comparison of discovered hosts with NetBox, with what it took to read NetBox.
 *
 * @param counts   rows read per NetBox endpoint
 * @param readTime reading NetBox, requests included
 * @param matchTime matching and diffing alone
 */
public record CompareReport(URI netbox, String version, Map<String, Integer> counts, long requests,
                            Duration readTime, Duration matchTime, int hosts, CompareResult result) {

    public CompareReport {
        counts = Map.copyOf(counts);
    }
}
