package org.netboxauto.service;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.netboxauto.config.RouterOsSource;
import org.netboxauto.config.RouterOsSource.Table;
import org.netboxauto.config.TlsConfig;
import org.netboxauto.discovery.CollectorException;
import org.netboxauto.discovery.routeros.RouterOsCollector;

/** Logs in to a router with the collector's own client and reports its RouterOS version. */
public final class RouterOsConnectionTester implements ConnectionTester<SetupDraft.RouterOs> {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Override
    public ConnectionCheck test(SetupDraft.RouterOs entry, int index) throws InterruptedException {
        String key = "sources.routeros[" + index + "]";
        if (entry.host().isBlank()) {
            return ConnectionCheck.failed("Enter the router's host name or address first.");
        }
        if (entry.password().isEmpty()) {
            return ConnectionCheck.failed("Enter the password of " + entry.username() + " first.");
        }
        String fingerprint = entry.fingerprint().strip();
        TlsConfig tls = new TlsConfig(Optional.empty(),
                fingerprint.isEmpty() ? Optional.empty() : Optional.of(fingerprint.replace(":", "")));
        RouterOsSource source = new RouterOsSource(entry.name().isBlank() ? "router" : entry.name(),
                entry.host().strip(), entry.transport(), entry.portOrDefault(), entry.username(),
                entry.password(), tls, List.of(Table.DHCP_LEASES), TIMEOUT);
        try {
            String version = new RouterOsCollector(source, key).routerVersion(new OneShotContext());
            return ConnectionCheck.ok("Connected: RouterOS " + version);
        } catch (CollectorException e) {
            return ConnectionCheck.failed(e.getMessage(), e);
        }
    }
}
