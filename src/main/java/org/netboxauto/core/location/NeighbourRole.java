package org.netboxauto.core.location;

import java.util.Locale;
import java.util.Set;

/** What an LLDP/CDP neighbour says it is, reduced to what port location needs. */
public enum NeighbourRole {
    BRIDGE, ROUTER, PHONE, ACCESS_POINT, STATION, OTHER;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static NeighbourRole ofId(String id) {
        for (NeighbourRole r : values()) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        return OTHER;
    }

    /**
     * Whether roles describe a switch or router. A phone or access point also bridges (the PC
     * behind the phone), so either of them makes the neighbour an end device.
     */
    static boolean forwards(Set<NeighbourRole> roles) {
        if (roles.contains(PHONE) || roles.contains(ACCESS_POINT)) {
            return false;
        }
        return roles.contains(BRIDGE) || roles.contains(ROUTER);
    }
}
