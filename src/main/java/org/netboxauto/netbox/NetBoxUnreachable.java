package org.netboxauto.netbox;

/** NetBox could not be reached or its certificate was not trusted. */
public final class NetBoxUnreachable extends NetBoxException {

    private static final long serialVersionUID = 1L;

    public NetBoxUnreachable(String target, String message, Throwable cause) {
        super(target, message, cause);
    }
}
