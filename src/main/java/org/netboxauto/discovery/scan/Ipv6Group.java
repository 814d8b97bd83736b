package org.netboxauto.discovery.scan;

import java.util.Optional;
import org.netboxauto.core.Cidr;

/**
 * One IPv6 prefix and how it is swept: through its link (all-nodes echo, neighbour table, known
 * addresses) when this machine is on it, and address by address when it is no wider than
 * {@code max-prefix-v6}. {@code source} is our own address on the prefix, that answers come back to.
 */
record Ipv6Group(Cidr prefix, Optional<Link6> link, Optional<byte[]> source, boolean byAddress,
                 boolean privileged) {
}
