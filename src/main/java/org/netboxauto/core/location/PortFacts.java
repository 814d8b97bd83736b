package org.netboxauto.core.location;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.netboxauto.core.MacAddress;

/** What the forwarding rows of one port say about it: the MACs learned there, its neighbours, LAG/trunk. */
final class PortFacts {

    private final Set<MacAddress> macs = new HashSet<>();
    private final List<Neighbour> neighbours = new ArrayList<>();
    private final Set<String> seenNeighbours = new HashSet<>();
    private final Set<String> kinds = new TreeSet<>();
    private String lagMembers;

    void add(MacAddress mac, String kind, String neighbourText, String lagMembers) {
        if (lagMembers != null && !lagMembers.isBlank()) {
            this.lagMembers = lagMembers;
        }
        macs.add(mac);
        if (kind != null && !kind.isBlank()) {
            kinds.add(kind);
        }
        if (neighbourText != null && seenNeighbours.add(neighbourText)) {
            neighbours.addAll(Neighbour.parseAll(neighbourText));
        }
    }

    Set<MacAddress> macs() {
        return macs;
    }

    List<Neighbour> neighbours() {
        return neighbours;
    }

    Set<String> kinds() {
        return kinds;
    }

    /** The member ports when the port is a LAG whose members the switch named, e.g. {@code Gi1/0/1,Gi1/0/2}. */
    java.util.Optional<String> lagMembers() {
        return java.util.Optional.ofNullable(lagMembers);
    }
}
