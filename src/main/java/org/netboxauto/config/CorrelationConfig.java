package org.netboxauto.config;

import org.netboxauto.core.SourceKind;
import java.util.List;

/** How observations are merged into hosts and where ports count as uplinks. */
public record CorrelationConfig(List<SourceKind> hostnamePrecedence, int uplinkMacThreshold) {

    static final List<SourceKind> DEFAULT_PRECEDENCE =
            List.of(SourceKind.ROUTEROS, SourceKind.KEA, SourceKind.DNSMASQ, SourceKind.PROXMOX, SourceKind.SNMP,
                    SourceKind.SCAN, SourceKind.NAMES);

    public CorrelationConfig {
        hostnamePrecedence = List.copyOf(hostnamePrecedence);
    }

    static CorrelationConfig read(ConfigSection s) {
        List<SourceKind> precedence = ConfigFields.choices(s, "hostname-precedence", SourceKind.class, DEFAULT_PRECEDENCE);
        int threshold = s.integer("uplink-mac-threshold", 8, 1, 100_000);
        s.reportUnknownKeys();
        return new CorrelationConfig(precedence, threshold);
    }
}
