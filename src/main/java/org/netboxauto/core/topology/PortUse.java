package org.netboxauto.core.topology;

/** What is on a switch port, as the front panel colours it. */
public enum PortUse {
    /** Hosts are located on it. */
    HOST,
    /** Another switch or a router is its neighbour. */
    UPLINK,
    /** A hypervisor is its neighbour, or guests of one are learned on it. */
    HYPERVISOR,
    /** Its link was down and nothing is known on it. */
    EMPTY,
    /** Up, or of unknown state, with nothing known on it. */
    UNKNOWN
}
