package org.netboxauto.store;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.h2.engine.SysProperties;
import org.netboxauto.service.StoreUnavailableException;

/**
 * Keeps H2's AUTO_SERVER listener on loopback. H2 reads {@code h2.bindAddress} once, when its
 * SysProperties class loads, so the property must be set before any H2 code runs; the wiring
 * class may also pass {@code -Dh2.bindAddress=127.0.0.1}.
 */
final class H2Loopback {

    static final String BIND_ADDRESS_PROPERTY = "h2.bindAddress";

    static {
        if (System.getProperty(BIND_ADDRESS_PROPERTY) == null) {
            System.setProperty(BIND_ADDRESS_PROPERTY, "127.0.0.1");
        }
    }

    private H2Loopback() {
    }

    /** Refuses to open an H2 store when H2 would listen on anything but loopback. */
    static void ensure() {
        String effective = SysProperties.BIND_ADDRESS;
        if (!isLoopback(effective)) {
            throw new StoreUnavailableException("The H2 store would share itself on " + effective
                    + " instead of loopback only. Start netbox-auto with -D" + BIND_ADDRESS_PROPERTY
                    + "=127.0.0.1 (the property was set to another address, or H2 was loaded before the store"
                    + " could set it).");
        }
    }

    private static boolean isLoopback(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
