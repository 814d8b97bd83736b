package org.netboxauto.core.alerts;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.netboxauto.core.MacAddress;

/**
 * One thing worth telling the admin, with a key that names it for good: the same key is never sent
 * twice on one channel.
 *
 * @param summary one line for people, e.g. {@code new host 10.0.0.7 (bc:24:11:…, Proxmox) on sw1 ge-0/0/3}
 * @param details field by field, in order, for the webhook body and the mail
 */
public record AlertEvent(AlertKind kind, String key, Optional<MacAddress> mac, List<String> ips,
                         List<String> sources, String summary, Map<String, String> details, Instant at) {

    public AlertEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(mac, "mac");
        ips = List.copyOf(ips);
        sources = List.copyOf(sources);
        Objects.requireNonNull(summary, "summary");
        details = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
        Objects.requireNonNull(at, "at");
    }
}
