package org.netboxauto.service;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.netboxauto.config.ProxmoxSource;
import org.netboxauto.config.TlsConfig;
import org.netboxauto.discovery.CollectorException;
import org.netboxauto.discovery.proxmox.ProxmoxCollector;

/** Logs in to Proxmox VE with the collector's own client and reports its version. */
public final class ProxmoxConnectionTester implements ConnectionTester<SetupDraft.Proxmox> {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Override
    public ConnectionCheck test(SetupDraft.Proxmox entry, int index) throws InterruptedException {
        String key = "sources.proxmox[" + index + "]";
        URI url;
        try {
            url = URI.create(entry.url().strip());
        } catch (IllegalArgumentException e) {
            return ConnectionCheck.failed("\"" + entry.url() + "\" is not a URL; expected https://HOST:8006");
        }
        if (!"https".equalsIgnoreCase(url.getScheme()) || url.getHost() == null) {
            return ConnectionCheck.failed("\"" + entry.url() + "\" is not a URL; expected https://HOST:8006");
        }
        if (entry.tokenId().isBlank() || entry.tokenSecret().reveal().isEmpty()) {
            return ConnectionCheck.failed("Enter the API token id and its secret first.");
        }
        String fingerprint = entry.fingerprint().strip();
        TlsConfig tls = new TlsConfig(Optional.empty(),
                fingerprint.isEmpty() ? Optional.empty() : Optional.of(fingerprint.replace(":", "")));
        ProxmoxSource source = new ProxmoxSource(entry.name().isBlank() ? "pve" : entry.name(), url,
                Optional.of(entry.tokenId().strip()), Optional.of(entry.tokenSecret()), Optional.empty(),
                Optional.empty(), tls, TIMEOUT, false, Optional.empty());
        try {
            return ConnectionCheck.ok("Connected: Proxmox VE " + new ProxmoxCollector(source, key)
                    .proxmoxVersion(new OneShotContext()));
        } catch (CollectorException e) {
            return ConnectionCheck.failed(e.getMessage(), e);
        }
    }
}
