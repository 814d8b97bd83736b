package org.netboxauto.store;

import java.util.Objects;
import java.util.regex.Pattern;

/** Guards the store's MAC columns: only the canonical form aa:bb:cc:dd:ee:ff gets in. */
final class CanonicalMac {

    private static final Pattern CANONICAL = Pattern.compile("[0-9a-f]{2}(:[0-9a-f]{2}){5}");

    private CanonicalMac() {
    }

    static String require(String mac) {
        Objects.requireNonNull(mac, "mac");
        if (!CANONICAL.matcher(mac).matches()) {
            throw new IllegalArgumentException("not a canonical MAC (aa:bb:cc:dd:ee:ff): " + mac);
        }
        return mac;
    }
}
