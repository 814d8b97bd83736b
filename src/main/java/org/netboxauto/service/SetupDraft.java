package org.netboxauto.service;

import java.util.List;
import org.netboxauto.config.RouterOsSource.Transport;
import org.netboxauto.config.Secret;

/** What the first-run form collected: NetBox and the sources of each kind, secrets still in memory. */
public record SetupDraft(NetBox netbox, List<RouterOs> routeros, List<Proxmox> proxmox) {

    public SetupDraft {
        routeros = List.copyOf(routeros);
        proxmox = List.copyOf(proxmox);
    }

    /** NetBox's address and API token; a blank {@code caFile} and {@code fingerprint} trust the system CAs. */
    public record NetBox(String url, Secret token, String caFile, String fingerprint) {

        public NetBox(String url, Secret token) {
            this(url, token, "", "");
        }
    }

    /** A MikroTik router; a blank {@code port} is the transport's, a blank {@code fingerprint} trusts the system CAs. */
    public record RouterOs(String name, String host, Transport transport, String port, String username,
                           Secret password, String fingerprint) {

        /** The port typed in, or the transport's default when blank or not a number. */
        public int portOrDefault() {
            try {
                return port.isBlank() ? transport.defaultPort() : Integer.parseInt(port.strip());
            } catch (NumberFormatException e) {
                return transport.defaultPort();
            }
        }
    }

    /** A Proxmox VE cluster or node with an API token; {@code fingerprint} may be blank. */
    public record Proxmox(String name, String url, String tokenId, Secret tokenSecret, String fingerprint) {
    }
}
