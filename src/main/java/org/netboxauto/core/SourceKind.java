package org.netboxauto.core;

/**
 * The kinds of discovery source; a source's id is {@code kind:name}, e.g. {@code routeros:core-router}. NAMES is the
 * name lookup for nameless hosts ({@code names:ptr}, {@code names:netbios}, {@code names:mdns}), not a collector.
 */
public enum SourceKind {
    ROUTEROS, PROXMOX, SNMP, SCAN, KEA, DNSMASQ, NAMES
}
