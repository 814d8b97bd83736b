package org.netboxauto.core.push;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * NetBox's device interfaces by device (any case) and name, as a host's port location names them. Made
 * on the first look-up: every device interface is listed, and a push of hosts no switch located asks none.
 */
final class SwitchPortIndex {

    private final List<PushInventory.SwitchPort> ports;
    private Map<String, PushInventory.SwitchPort> byName;

    SwitchPortIndex(List<PushInventory.SwitchPort> ports) {
        this.ports = ports;
    }

    /** The interface, or null when NetBox has none of that name on that device. */
    PushInventory.SwitchPort get(String device, String port) {
        if (byName == null) {
            byName = HashMap.newHashMap(ports.size());
            for (PushInventory.SwitchPort p : ports) {
                byName.put(key(p.device(), p.name()), p);
            }
        }
        return byName.get(key(device, port));
    }

    private static String key(String device, String port) {
        return device.toLowerCase(Locale.ROOT) + "\u0000" + port;
    }
}
