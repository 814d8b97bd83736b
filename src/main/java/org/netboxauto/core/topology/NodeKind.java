package org.netboxauto.core.topology;

/** What a node of the topology is: a switch that reports, or a neighbour it heard or a host it carries. */
public enum NodeKind {
    /** A configured switch source with its own report. */
    SWITCH,
    /** A neighbour that says it is a bridge or router but reports nothing itself. */
    ROUTER,
    /** A Proxmox node, heard over LLDP/CDP or known from its guests on a port. */
    HYPERVISOR,
    /** Any other neighbour: a phone, an access point, a host speaking LLDP. */
    DEVICE
}
