package org.netboxauto.core;

/** The kinds of discovery source; a source's id is {@code kind:name}, e.g. {@code routeros:core-router}. */
public enum SourceKind {
    ROUTEROS, PROXMOX, SNMP, SCAN, KEA, DNSMASQ
}
