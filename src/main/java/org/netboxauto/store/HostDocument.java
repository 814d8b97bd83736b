package org.netboxauto.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A host as stored in {@code host.details}: plain values, nulls for absent ones; {@code lastSeenBy} names
 * the source whose latest read was the host's last sighting, when {@code lastSeen} is not written.
 */
record HostDocument(String mac, List<String> macs, List<SourcedText> ips, SourcedText hostname, SourcedPort port,
                    SourcedText vendor, List<String> sources, Instant firstSeen, Instant lastSeen, String lastSeenBy, List<String> flags,
                    Map<String, Map<String, String>> evidence) {

    record SourcedText(String value, String source, Instant seenAt) {
    }

    record SourcedPort(String switchName, String port, Integer vlan, String source, Instant seenAt) {
    }
}
