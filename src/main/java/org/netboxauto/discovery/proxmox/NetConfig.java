package org.netboxauto.discovery.proxmox;

import java.util.List;
import java.util.Optional;
import org.netboxauto.core.MacAddress;

/**
 * One {@code net[n]} entry of a guest's config.
 *
 * @param slot      {@code net0}…{@code net31}
 * @param device    the QEMU NIC model ({@code virtio}) or the container's interface name ({@code eth0})
 * @param mac       empty when the file holds none (Proxmox then invents a new one on every read)
 * @param staticIps addresses written into a container's config ({@code ip=10.0.0.5/24}), without prefix
 * @param vlan      the VLAN tag the NIC's traffic gets on the bridge ({@code tag=10})
 */
public record NetConfig(String slot, String device, Optional<MacAddress> mac, Optional<String> bridge,
                        List<String> staticIps, Optional<Integer> vlan) {

    public NetConfig {
        staticIps = List.copyOf(staticIps);
        java.util.Objects.requireNonNull(vlan, "vlan");
    }

    public NetConfig(String slot, String device, Optional<MacAddress> mac, Optional<String> bridge,
                     List<String> staticIps) {
        this(slot, device, mac, bridge, staticIps, Optional.empty());
    }
}
