package org.netboxauto.core.names;

import java.util.Objects;
import org.netboxauto.core.MacAddress;

/** A nameless host's MAC and the address its name is asked for. */
public record NameRequest(MacAddress mac, String ip) {

    public NameRequest {
        Objects.requireNonNull(mac, "mac");
        Objects.requireNonNull(ip, "ip");
    }
}
