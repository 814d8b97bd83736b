package org.netboxauto.discovery.snmp;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import org.netboxauto.config.SnmpSource;
import org.netboxauto.core.Observation;
import org.netboxauto.core.SourceKind;
import org.netboxauto.discovery.CollectorContext;
import org.netboxauto.discovery.CollectorException;
import org.netboxauto.discovery.ConfiguredCollector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one switch over SNMP: forwarding tables, ports, LLDP/CDP neighbours and ARP. It returns
 * every sighting with its port facts; which port is a MAC's location is decided afterwards over
 * all switches at once ({@link org.netboxauto.core.location.PortLocator}).
 */
public final class SnmpCollector extends ConfiguredCollector {

    private static final Logger LOG = LoggerFactory.getLogger(SnmpCollector.class);
    /** How many requests a full read takes at most, with every walk at its slowest; bounds the source's timeout. */
    private static final int REQUEST_BUDGET = 60;

    private final SnmpSource source;
    private final Semaphore polls;

    /**
     * @param polls shared by the collectors of one run: how many switches are read at the same time
     */
    public SnmpCollector(SnmpSource source, String configKey, Semaphore polls) {
        super(SourceKind.SNMP, source.name(), configKey);
        this.source = source;
        this.polls = polls;
    }



    @Override
    public Duration timeout() {
        Duration perRequest = source.timeout().multipliedBy(source.retries() + 1L);
        Duration budget = perRequest.multipliedBy(REQUEST_BUDGET);
        return budget.compareTo(Duration.ofMinutes(2)) < 0 ? Duration.ofMinutes(2) : budget;
    }

    @Override
    public List<Observation> collect(CollectorContext context) throws CollectorException, InterruptedException {
        SnmpTarget target = new SnmpTarget(sourceId(), configKey(), source.host(), source.port());
        checkCredentials(target);
        polls.acquire();
        try (Snmp4jClient client = Snmp4jClient.open(source, target)) {
            context.onCancel(client::close);
            context.progress("reading " + target.address() + " over SNMP " + version());
            SwitchTables tables = SwitchTables.read(client, source.host(), source.perVlan(), context::progress);
            report(tables, client, context);
            context.report(SnmpSwitchReport.of(source, configKey(), tables));
            return new SnmpObservations(sourceId(), source.name(), context.now()).map(tables);
        } catch (SnmpException e) {
            if (context.cancelled() || Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("cancelled");
            }
            throw target.fail(e.getMessage());
        } finally {
            polls.release();
        }
    }

    private void report(SwitchTables t, SnmpClient client, CollectorContext context) {
        t.perVlan().skipped().filter(why -> source.perVlan() == SnmpSource.PerVlan.ON)
                .ifPresent(why -> LOG.warn("{}: per-VLAN forwarding tables not read: {}", sourceId(), why));
        if (t.neighbours().unplaced() > 0) {
            context.progress(t.neighbours().unplaced() + " LLDP neighbours name no local port (e.g. MikroTik's"
                    + " one-number index) and mark no uplink");
        }
        if (t.invalidRows() > 0) {
            LOG.warn("{}: dropped {} rows whose index or value is not a unicast MAC or an IP address", sourceId(),
                    t.invalidRows());
        }
        if (client.maxRepetitions() < source.maxRepetitions()) {
            LOG.warn("{}: the switch drops GETBULK replies of {} rows; it answered {}: set {}.max-repetitions = {}",
                    sourceId(), source.maxRepetitions(), client.maxRepetitions(), configKey(), client.maxRepetitions());
        }
    }

    private void checkCredentials(SnmpTarget target) throws CollectorException {
        if (source.version() == SnmpSource.Version.V3) {
            if (source.user().isEmpty()) {
                throw target.fail("no SNMPv3 user — set " + configKey() + ".user");
            }
        } else if (source.community().isEmpty()) {
            throw target.fail("no community — set " + configKey() + ".community or " + configKey() + ".community-file");
        }
    }

    private String version() {
        return switch (source.version()) {
            case V1 -> "v1";
            case V2C -> "v2c";
            case V3 -> "v3";
        };
    }
}
