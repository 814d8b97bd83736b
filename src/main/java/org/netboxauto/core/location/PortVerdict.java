package org.netboxauto.core.location;

/** Whether a port can be a location, and why: {@code uplink: LLDP neighbour core-sw is a polled switch}. */
record PortVerdict(boolean uplink, String reason) {

    static PortVerdict uplink(String why) {
        return new PortVerdict(true, "uplink: " + why);
    }

    static PortVerdict access(String why) {
        return new PortVerdict(false, why);
    }
}
