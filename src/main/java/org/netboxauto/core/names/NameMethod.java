package org.netboxauto.core.names;

import java.util.Locale;
import org.netboxauto.core.SourceIds;
import org.netboxauto.core.SourceKind;

/** How a name is asked for a nameless host's address; each has its own source id, {@code names:ptr}. */
public enum NameMethod {
    /** Reverse DNS through the system's or the configured name servers. */
    PTR,
    /** NetBIOS node status (UDP 137) to the host itself. */
    NETBIOS,
    /** A reverse-address query to the host's own mDNS responder (UDP 5353). */
    MDNS;

    public String sourceId() {
        return SourceIds.of(SourceKind.NAMES, name().toLowerCase(Locale.ROOT));
    }
}
