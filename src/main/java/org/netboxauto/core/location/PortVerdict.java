package org.netboxauto.core.location;

/**
 * Whether a port can be a location, and why: {@code uplink: LLDP neighbour core-sw is a polled switch}.
 *
 * @param accessLag the port is a LAG that leads to one host: the MACs learned on it are that host's NICs
 */
record PortVerdict(boolean uplink, String reason, boolean accessLag) {

    static PortVerdict uplink(String why) {
        return new PortVerdict(true, "uplink: " + why, false);
    }

    static PortVerdict access(String why) {
        return new PortVerdict(false, why, false);
    }

    static PortVerdict accessLag(String why) {
        return new PortVerdict(false, why, true);
    }
}
