package org.netboxauto.core.topology;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One LLDP or CDP neighbour heard on a switch port: who it is and which of its ports it spoke from.
 *
 * @param remoteIds             the neighbour's system name and chassis id, lower case
 *                              ({@link org.netboxauto.core.location.Neighbour#cleanId})
 * @param remotePort            its port id when that names a port (not a MAC)
 * @param remotePortDescription its port description, often the interface name when the id is a number
 * @param forwards              the neighbour says it is a bridge or router
 */
public record SwitchLink(String localPort, String protocol, Set<String> remoteIds, Optional<String> remotePort,
                         Optional<String> remotePortDescription, Optional<String> remoteManagementIp,
                         boolean forwards) {

    public SwitchLink {
        Objects.requireNonNull(localPort, "localPort");
        Objects.requireNonNull(protocol, "protocol");
        remoteIds = Set.copyOf(remoteIds);
        Objects.requireNonNull(remotePort, "remotePort");
        Objects.requireNonNull(remotePortDescription, "remotePortDescription");
        Objects.requireNonNull(remoteManagementIp, "remoteManagementIp");
    }
}
