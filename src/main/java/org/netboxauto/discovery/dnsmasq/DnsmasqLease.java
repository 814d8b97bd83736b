package org.netboxauto.discovery.dnsmasq;

import java.util.Optional;
import org.netboxauto.core.MacAddress;

/**
 * One line of a dnsmasq lease file.
 *
 * @param expiry   seconds since the epoch when the lease ends; 0 for a lease that never ends
 * @param mac      the client's Ethernet MAC; for an IPv6 lease the one inside its DUID, when there is one
 * @param ip       the canonical IP literal
 * @param clientId the DHCPv4 client identifier or the DHCPv6 client's DUID, colon-separated hex
 * @param temporary a DHCPv6 temporary address (IA_TA): dnsmasq writes its IAID with a leading {@code T}
 */
record DnsmasqLease(long expiry, Optional<MacAddress> mac, String ip, Optional<String> name,
                    Optional<String> clientId, boolean v6, boolean temporary) {
}
