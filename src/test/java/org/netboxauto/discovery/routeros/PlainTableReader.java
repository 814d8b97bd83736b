package org.netboxauto.discovery.routeros;

import java.time.Duration;
import java.util.List;
import org.netboxauto.config.Secret;
import org.netboxauto.net.PeerTrust;

/**
 * The floor a RouterOS discovery is measured against, run as a process of its own: log in over
 * api-ssl with the same client and read the same tables, keeping nothing.
 * Arguments: host port user password certificate-fingerprint.
 */
public final class PlainTableReader {

    private PlainTableReader() {
    }

    public static void main(String[] args) throws Exception {
        RouterOsTarget target = new RouterOsTarget("routeros:plain", "sources.routeros[0]", args[0],
                Integer.parseInt(args[1]), args[2]);
        PeerTrust trust = PeerTrust.of(Sources.pinned(args[4]), "sources.routeros[0].");
        long rows = 0;
        try (RouterOsApiClient client = RouterOsApiClient.connect(target, new Secret(args[3]), trust,
                Duration.ofSeconds(60), c -> { })) {
            for (RouterOsTable table : List.of(RouterOsTable.DHCP_LEASES, RouterOsTable.ARP)) {
                rows += client.print(table.menu(), table.properties()).size();
            }
        }
        System.out.println("rows " + rows);
    }
}
