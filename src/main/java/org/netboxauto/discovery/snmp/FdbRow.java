package org.netboxauto.discovery.snmp;

import java.util.Optional;
import org.netboxauto.core.MacAddress;

/** One forwarding-table entry as the switch gave it: MAC, VLAN if known, bridge port (0 = the switch). */
record FdbRow(MacAddress mac, Optional<Integer> vlan, int bridgePort) {
}
