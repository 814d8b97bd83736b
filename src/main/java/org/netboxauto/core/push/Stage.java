package org.netboxauto.core.push;

/**
 * The dependency levels of a plan, applied in this order. Actions of one stage, type and verb
 * depend only on earlier stages, so they can be sent together.
 */
public enum Stage {
    PREREQUISITES, CATALOG, MACHINES, INTERFACES, MACS, PRIMARY_MACS, IPS, PRIMARY_IPS, CABLES, REMOVALS
}
