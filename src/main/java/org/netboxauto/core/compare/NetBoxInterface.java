package org.netboxauto.core.compare;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.PortLocation;

/**
 * An interface of a NetBox device or VM: its MACs, its IPs (with prefix length, as NetBox keeps
 * them) and, for a cabled device interface, the switch port at the far end.
 */
public record NetBoxInterface(long id, String name, List<MacAddress> macs, List<String> ips,
                              Optional<PortLocation> cabledTo) {

    public NetBoxInterface {
        Objects.requireNonNull(name, "name");
        macs = List.copyOf(macs);
        ips = List.copyOf(ips);
        Objects.requireNonNull(cabledTo, "cabledTo");
    }
}
