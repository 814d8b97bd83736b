package org.netboxauto.service;

import java.util.Optional;

/** The connection test of each entry kind; an empty one is not available in this version. */
public record ConnectionTesters(Optional<ConnectionTester<SetupDraft.NetBox>> netbox,
                                Optional<ConnectionTester<SetupDraft.RouterOs>> routeros,
                                Optional<ConnectionTester<SetupDraft.Proxmox>> proxmox) {

    /** The testers this version has: one per kind. */
    public static ConnectionTesters available() {
        return new ConnectionTesters(Optional.of(new NetBoxConnectionTester()),
                Optional.of(new RouterOsConnectionTester()), Optional.of(new ProxmoxConnectionTester()));
    }
}
