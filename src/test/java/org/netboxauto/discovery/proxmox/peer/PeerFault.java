package org.netboxauto.discovery.proxmox.peer;

/** A way the whole peer misbehaves, for the collector's error paths. */
public enum PeerFault {
    NONE,
    /** 200 with an HTML page, as a reverse proxy or a wrong URL gives. */
    GARBAGE,
    /** Headers and half the body, then the connection is closed. */
    CLOSE_MID_REPLY,
    /** Accepts the request and never answers. */
    STALL,
    /** Config reads answer 403, as when an ACL is removed between the list and the config read. */
    FORBID_CONFIG
}
