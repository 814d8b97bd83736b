package org.netboxauto.core.push;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.netboxauto.core.MacAddress;

/**
 * What NetBox holds that tells a switch apart and lets it be cabled: devices with their serials,
 * and every device interface with its type, cable, MACs and IPs.
 */
public record SwitchInventory(List<Device> devices, List<Port> ports) {

    public static final SwitchInventory EMPTY = new SwitchInventory(List.of(), List.of());

    public SwitchInventory {
        devices = List.copyOf(devices);
        ports = List.copyOf(ports);
    }

    /** A NetBox device; {@code serial} empty when NetBox has none or it was not read. */
    public record Device(long id, String name, Optional<String> serial) {
        public Device {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(serial, "serial");
        }
    }

    /**
     * A device interface.
     *
     * @param type      NetBox's interface type ({@code 1000base-t}, {@code lag}, {@code virtual}…)
     * @param cabledTo  the far end of its cable, {@code sw2 Gi1/0/1}
     * @param cablePeer the interface id at the far end of its cable
     * @param ips       host parts of the IP addresses assigned to it
     */
    public record Port(long id, long deviceId, String name, String type, Optional<Long> cableId,
                       Optional<String> cabledTo, Optional<Long> cablePeer, List<MacAddress> macs, List<String> ips) {
        public Port {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            macs = List.copyOf(macs);
            ips = List.copyOf(ips);
        }

        /** NetBox refuses a cable on these (virtual, LAG, bridge and wireless interfaces). */
        public boolean cableable() {
            return !type.equals("virtual") && !type.equals("lag") && !type.equals("bridge")
                    && !type.startsWith("ieee802.11");
        }
    }
}
