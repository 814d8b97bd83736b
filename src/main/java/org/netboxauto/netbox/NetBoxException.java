package org.netboxauto.netbox;

import org.netboxauto.core.PeerText;

/** A NetBox request that failed; the message names the NetBox and what to do, never the token. */
public class NetBoxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String target;

    public NetBoxException(String target, String message) {
        this(target, message, null);
    }

    public NetBoxException(String target, String message, Throwable cause) {
        super(PeerText.escape(target + ": " + message), cause);
        this.target = target;
    }

    /** The request the failure belongs to, e.g. {@code GET https://netbox:8443/api/dcim/devices/}. */
    public String target() {
        return target;
    }
}
