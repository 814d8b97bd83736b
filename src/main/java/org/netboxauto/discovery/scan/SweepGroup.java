package org.netboxauto.discovery.scan;

import java.util.List;
import java.util.Optional;

/** Subnets swept the same way: by ARP on one directly attached link, or unprivileged (link empty). */
record SweepGroup(Optional<Link> arpLink, List<Ipv4Range> subnets) {

    SweepGroup {
        subnets = List.copyOf(subnets);
    }
}
