package org.netboxauto.discovery.kea;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.netboxauto.config.KeaSource;
import org.netboxauto.core.IpLiterals;
import org.netboxauto.core.IpOrder;
import org.netboxauto.core.Observation;
import org.netboxauto.core.SourceKind;
import org.netboxauto.discovery.CollectorContext;
import org.netboxauto.discovery.CollectorException;
import org.netboxauto.discovery.ConfiguredCollector;
import org.netboxauto.net.PeerTrust;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The leases (v4 and v6) and reservations of an ISC Kea server, through its Control Agent: {@code config-get} for
 * the subnets, {@code lease4-get-page} / {@code lease6-get-page} (lease_cmds hook) page by page, and
 * {@code reservation-get-all} (host_cmds hook) or, without that hook, the reservations in the configuration.
 */
public final class KeaCollector extends ConfiguredCollector {

    private static final Logger LOG = LoggerFactory.getLogger(KeaCollector.class);

    private final KeaSource source;

    public KeaCollector(KeaSource source, String configKey) {
        super(SourceKind.KEA, source.name(), configKey);
        this.source = source;
    }



    @Override
    public Duration timeout() {
        return source.timeout();
    }

    @Override
    public List<Observation> collect(CollectorContext context) throws CollectorException, InterruptedException {
        PeerTrust trust;
        try {
            trust = PeerTrust.of(source.tls(), configKey() + ".");
        } catch (IllegalArgumentException e) {
            throw new CollectorException(sourceId() + ": " + e.getMessage(), e);
        }
        int port = source.url().getPort() >= 0 ? source.url().getPort()
                : "https".equals(source.url().getScheme()) ? 443 : 80;
        KeaFailures failures = new KeaFailures(sourceId(), configKey(), source.url().getHost() + ":" + port,
                source.timeout());
        List<Observation> out = new ArrayList<>();
        int read = 0;
        try (KeaHttp http = new KeaHttp(source.url(), trust, source.timeout(), source.username(), source.password(),
                failures)) {
            context.onCancel(http);
            try {
                for (KeaSource.Service service : source.services()) {
                    boolean v6 = service == KeaSource.Service.DHCP6;
                    String daemon = service.name().toLowerCase(Locale.ROOT);
                    KeaSubnets subnets = new KeaSubnets();
                    if (!readConfig(http, failures, daemon, v6, subnets, context)) {
                        continue;
                    }
                    read++;
                    KeaLeases leases = new KeaLeases(sourceId(), context.now(), subnets, source.subnets());
                    int count = readLeases(http, failures, daemon, v6, leases, out, context);
                    int reserved = source.reservations() ? readReservations(http, failures, daemon, v6, subnets,
                            leases, out, context) : 0;
                    String skipped = leases.skippedSummary();
                    context.progress(daemon + ": " + count + " leases in use, " + reserved + " reservations"
                            + (skipped.isEmpty() ? "" : "; left out " + skipped));
                    leases.invalidExample().ifPresent(e -> LOG.warn("{}: {} sent rows that are not valid leases,"
                            + " e.g. {}", sourceId(), daemon, e));
                }
            } catch (CollectorException e) {
                if (context.cancelled() || Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException(sourceId() + " cancelled");
                }
                throw e;
            }
        }
        if (read == 0) {
            throw new CollectorException(sourceId() + " (" + configKey() + "): the Control Agent at " + source.url()
                    + " forwards to neither dhcp4 nor dhcp6; add their control-sockets to its configuration");
        }
        return out;
    }

    /** Reads the daemon's subnets and configured reservations; false when the agent has no such daemon, not asked for. */
    private boolean readConfig(KeaHttp http, KeaFailures failures, String daemon, boolean v6, KeaSubnets subnets,
            CollectorContext context) throws CollectorException {
        KeaAnswer config = http.command("config-get", daemon, null);
        if (config.result() == KeaAnswer.ERROR && config.text().contains("socket is not configured")
                && !source.servicesExplicit()) {
            context.progress(daemon + ": not served by this Control Agent, skipped");
            return false;
        }
        if (config.result() != KeaAnswer.SUCCESS) {
            throw failures.answer("config-get to " + daemon, config, config.text().contains("socket is not configured")
                    ? "the Control Agent has no control socket for " + daemon + "; add it to its control-sockets,"
                    + " or remove " + daemon + " from " + configKey() + ".services"
                    : "check that kea-" + daemon + " runs and that the Control Agent's control-sockets names its"
                    + " control socket");
        }
        subnets.add(config.arguments(), v6);
        return true;
    }

    private int readLeases(KeaHttp http, KeaFailures failures, String daemon, boolean v6, KeaLeases leases,
            List<Observation> out, CollectorContext context) throws CollectorException {
        String command = v6 ? "lease6-get-page" : "lease4-get-page";
        String from = "start";
        String last = null;
        int used = 0;
        int seen = 0;
        while (true) {
            ObjectNode args = JsonNodeFactory.instance.objectNode().put("from", from).put("limit", source.pageSize());
            KeaAnswer page = http.command(command, daemon, args);
            if (page.result() == KeaAnswer.UNSUPPORTED) {
                throw failures.answer(command + " to " + daemon, page, "the lease commands hook is not loaded in"
                        + " kea-" + daemon + "; add { \"library\": \"/usr/lib/x86_64-linux-gnu/kea/hooks/"
                        + "libdhcp_lease_cmds.so\" } (the path of your Kea's hooks) to " + (v6 ? "Dhcp6" : "Dhcp4")
                        + " hooks-libraries and reload it");
            }
            if (page.result() == KeaAnswer.EMPTY) {
                return used;
            }
            if (page.result() != KeaAnswer.SUCCESS) {
                throw failures.answer(command + " to " + daemon, page, "check kea-" + daemon + "'s log");
            }
            JsonNode rows = page.arguments().path("leases");
            if (!rows.isArray()) {
                throw failures.answer(command + " to " + daemon, page, "its arguments hold no \"leases\" list;"
                        + " check " + configKey() + ".url points at a Kea Control Agent");
            }
            for (JsonNode row : rows) {
                var observation = leases.lease(row, v6);
                observation.ifPresent(out::add);
                used += observation.isPresent() ? 1 : 0;
            }
            seen += rows.size();
            context.progress(daemon + ": read " + seen + " leases");
            if (rows.size() < source.pageSize()) {
                return used;
            }
            String next = rows.get(rows.size() - 1).path("ip-address").asText("");
            if (!IpLiterals.isLiteral(next) || last != null && IpOrder.LITERALS.compare(next, last) <= 0) {
                throw failures.answer(command + " to " + daemon, page, "its pages do not advance (the last address"
                        + " of a page was \"" + next + "\"); check kea-" + daemon + "'s lease database");
            }
            last = next;
            from = next;
        }
    }

    private int readReservations(KeaHttp http, KeaFailures failures, String daemon, boolean v6, KeaSubnets subnets,
            KeaLeases leases, List<Observation> out, CollectorContext context) throws CollectorException {
        int count = 0;
        List<Integer> ids = new ArrayList<>(subnets.ids(v6));
        ids.add(0);
        for (int id : ids) {
            ObjectNode args = JsonNodeFactory.instance.objectNode().put("subnet-id", id);
            KeaAnswer answer = http.command("reservation-get-all", daemon, args);
            if (answer.result() == KeaAnswer.UNSUPPORTED) {
                context.progress(daemon + ": the host commands hook (libdhcp_host_cmds.so) is not loaded, so"
                        + " reservations in a host database are not read; those in the configuration are");
                LOG.info("{}: kea-{} has no host_cmds hook; reading the reservations of its configuration",
                        sourceId(), daemon);
                for (KeaSubnets.Reservation r : subnets.reservations()) {
                    var observation = leases.reservation(r.host(), v6, r.subnetId());
                    observation.ifPresent(out::add);
                    count += observation.isPresent() ? 1 : 0;
                }
                return count;
            }
            if (answer.result() == KeaAnswer.EMPTY) {
                continue;
            }
            if (answer.result() != KeaAnswer.SUCCESS) {
                throw failures.answer("reservation-get-all to " + daemon, answer, "check kea-" + daemon + "'s log");
            }
            for (JsonNode host : answer.arguments().path("hosts")) {
                var observation = leases.reservation(host, v6, id);
                observation.ifPresent(out::add);
                count += observation.isPresent() ? 1 : 0;
            }
        }
        return count;
    }
}
