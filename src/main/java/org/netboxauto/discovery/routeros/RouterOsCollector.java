package org.netboxauto.discovery.routeros;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.netboxauto.config.RouterOsSource;
import org.netboxauto.config.RouterOsSource.Table;
import org.netboxauto.config.RouterOsSource.Transport;
import org.netboxauto.core.Observation;
import org.netboxauto.core.SourceKind;
import org.netboxauto.discovery.CollectorContext;
import org.netboxauto.discovery.CollectorException;
import org.netboxauto.discovery.ConfiguredCollector;
import org.netboxauto.net.PeerTrust;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads DHCP leases, ARP and bridge host tables of a MikroTik router over the API, API-SSL or REST. */
public final class RouterOsCollector extends ConfiguredCollector {

    private static final Logger LOG = LoggerFactory.getLogger(RouterOsCollector.class);

    private final RouterOsSource source;

    /** @param configKey e.g. {@code sources.routeros[0]}, named in every error */
    public RouterOsCollector(RouterOsSource source, String configKey) {
        super(SourceKind.ROUTEROS, source.name(), configKey);
        this.source = source;
    }



    @Override
    public Duration timeout() {
        return source.timeout();
    }

    @Override
    public List<Observation> collect(CollectorContext context) throws CollectorException, InterruptedException {
        RouterOsTarget target = target();
        RowMapper mapper = new RowMapper(sourceId(), source.name(), context.now());
        List<Observation> observations = new ArrayList<>();
        try (RouterOsClient client = open(target, context)) {
            for (Table wanted : source.collect()) {
                RouterOsTable table = RouterOsTable.of(wanted);
                checkCancelled(context);
                List<Map<String, String>> rows = client.print(table.menu(), table.properties());
                for (Map<String, String> row : rows) {
                    mapper.map(table, row).ifPresent(observations::add);
                }
                context.progress("read " + rows.size() + " " + table.plural());
            }
            if (source.collect().contains(Table.BRIDGE_HOSTS)) {
                checkCancelled(context);
                context.report(RouterOsSwitchReport.read(client, source, configKey(), context));
            }
        } catch (CollectorException e) {
            // a cancel closes the socket under a blocked read; that is not the router's fault
            checkCancelled(context);
            throw e;
        }
        if (mapper.invalidMacs() > 0) {
            LOG.warn("{}: dropped {} rows whose MAC address is not a unicast MAC, e.g. \"{}\"", sourceId(),
                    mapper.invalidMacs(), mapper.invalidExample());
        }
        return observations;
    }

    /** Logs in and reads the router's RouterOS version, e.g. {@code 7.18.2 (stable)}: a check before saving a source. */
    public String routerVersion(CollectorContext context) throws CollectorException, InterruptedException {
        RouterOsTarget target = target();
        try (RouterOsClient client = open(target, context)) {
            return client.print("system/resource", List.of("version")).stream()
                    .map(row -> row.get("version")).filter(v -> v != null && !v.isBlank()).findFirst()
                    .orElseThrow(() -> target.fail("the router did not name its version in system/resource"));
        }
    }

    private RouterOsTarget target() {
        return new RouterOsTarget(sourceId(), configKey(), source.host(), source.port(), source.username());
    }

    private RouterOsClient open(RouterOsTarget target, CollectorContext context)
            throws CollectorException, InterruptedException {
        if (source.password() == null) {
            throw target.fail("no password — set " + configKey() + ".password");
        }
        PeerTrust trust = source.transport() == Transport.API ? null : trust(target);
        context.progress("connecting to " + target.address() + " over " + describe(source.transport()));
        if (source.transport() == Transport.REST) {
            return RouterOsRestClient.open(target, source.password(), trust, source.timeout(), context::onCancel);
        }
        return RouterOsApiClient.connect(target, source.password(), trust, source.timeout(), context::onCancel);
    }

    private PeerTrust trust(RouterOsTarget target) throws CollectorException {
        try {
            return PeerTrust.of(source.tls(), configKey() + ".");
        } catch (IllegalArgumentException e) {
            throw target.fail(e.getMessage(), e);
        }
    }

    private static String describe(Transport transport) {
        return switch (transport) {
            case API -> "the API";
            case API_SSL -> "API-SSL";
            case REST -> "REST";
        };
    }

    private static void checkCancelled(CollectorContext context) throws InterruptedException {
        if (context.cancelled() || Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("cancelled");
        }
    }
}
