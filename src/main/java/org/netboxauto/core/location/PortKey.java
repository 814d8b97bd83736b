package org.netboxauto.core.location;

import java.util.Comparator;

/** A port of a polled switch: the switch's configured name and the port's name. */
record PortKey(String switchName, String port) {

    static final Comparator<PortKey> ORDER = Comparator.comparing(PortKey::switchName).thenComparing(PortKey::port);

    @Override
    public String toString() {
        return switchName + " " + port;
    }
}
