package org.netboxauto.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A host as stored in {@code host.details}: plain values, nulls for absent ones. */
record HostDocument(String mac, List<String> macs, List<SourcedText> ips, SourcedText hostname, SourcedPort port,
                    SourcedText vendor, List<String> sources, Instant firstSeen, Instant lastSeen, List<String> flags,
                    Map<String, Map<String, String>> evidence) {

    record SourcedText(String value, String source, Instant seenAt) {
    }

    record SourcedPort(String switchName, String port, Integer vlan, String source, Instant seenAt) {
    }
}
