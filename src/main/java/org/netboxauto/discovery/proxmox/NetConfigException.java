package org.netboxauto.discovery.proxmox;

/** A {@code net[n]} value of a guest config that does not follow Proxmox's grammar. */
public class NetConfigException extends IllegalArgumentException {

    public NetConfigException(String message) {
        super(message);
    }
}
