package org.netboxauto.discovery.routeros.peer;

/** What the peer plays: a version, one user, its tables, and a fault (or none). */
public record PeerOptions(PeerVersion version, String user, String password, PeerTables tables, PeerFault fault) {

    public static PeerOptions of(PeerVersion version) {
        return new PeerOptions(version, "admin", "s3cret=pass", PeerTables.fixtures(), PeerFault.NONE);
    }

    public PeerOptions with(PeerFault newFault) {
        return new PeerOptions(version, user, password, tables, newFault);
    }

    public PeerOptions with(PeerTables newTables) {
        return new PeerOptions(version, user, password, newTables, fault);
    }
}
