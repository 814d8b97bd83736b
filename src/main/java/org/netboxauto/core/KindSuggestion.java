package org.netboxauto.core;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** A kind to offer for a host: shown as a suggestion the admin accepts, never applied by itself. */
public final class KindSuggestion {

    private static final Set<String> NETWORK_VENDORS = Set.of("mikrotik", "routerboard", "cisco", "juniper",
            "ubiquiti", "aruba", "hewlett packard enterprise", "tp-link", "d-link", "zyxel", "netgear", "fortinet",
            "brocade", "extreme networks", "arista", "ruckus", "edgecore", "fs.com");
    private static final Set<String> PRINTER_VENDORS = Set.of("brother", "kyocera", "lexmark", "ricoh", "xerox",
            "konica minolta");
    private static final Set<String> PHONE_VENDORS = Set.of("polycom", "yealink", "snom", "grandstream", "avaya");

    private KindSuggestion() {
    }

    /** The suggested kind, or empty when nothing speaks for one. */
    public static Optional<String> of(Host host) {
        if (host.sources().stream().anyMatch(s -> SourceIds.kind(s) == SourceKind.PROXMOX)) {
            return Optional.of("vm");
        }
        String vendor = host.vendor().map(v -> v.value().toLowerCase(Locale.ROOT)).orElse("");
        if (vendor.isEmpty()) {
            return Optional.empty();
        }
        if (NETWORK_VENDORS.stream().anyMatch(vendor::contains)) {
            return Optional.of("network");
        }
        if (PRINTER_VENDORS.stream().anyMatch(vendor::contains)) {
            return Optional.of("printer");
        }
        if (PHONE_VENDORS.stream().anyMatch(vendor::contains)) {
            return Optional.of("phone");
        }
        return Optional.empty();
    }
}
