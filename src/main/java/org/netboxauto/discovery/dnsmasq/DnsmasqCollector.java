package org.netboxauto.discovery.dnsmasq;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.netboxauto.config.DnsmasqSource;
import org.netboxauto.core.Evidence;
import org.netboxauto.core.Observation;
import org.netboxauto.core.SourceKind;
import org.netboxauto.discovery.CollectorContext;
import org.netboxauto.discovery.CollectorException;
import org.netboxauto.discovery.ConfiguredCollector;

/**
 * The leases of a dnsmasq or Pi-hole DHCP server, from its lease file read on this machine or over SFTP. Leases past
 * their end are left out, as are IPv6 leases whose DUID carries no MAC.
 */
public final class DnsmasqCollector extends ConfiguredCollector {

    private final DnsmasqSource source;
    private final Function<String, String> env;

    public DnsmasqCollector(DnsmasqSource source, String configKey) {
        this(source, configKey, System::getenv);
    }

    DnsmasqCollector(DnsmasqSource source, String configKey, Function<String, String> env) {
        super(SourceKind.DNSMASQ, source.name(), configKey);
        this.source = source;
        this.env = env;
    }



    @Override
    public Duration timeout() {
        return source.timeout();
    }

    @Override
    public List<Observation> collect(CollectorContext context) throws CollectorException, InterruptedException {
        LeaseFileReader reader = new LeaseFileReader(source, sourceId(), configKey());
        byte[] content = reader.read(context, env);
        List<DnsmasqLease> leases;
        try {
            leases = DnsmasqLeaseParser.parse(content);
        } catch (DnsmasqLeaseParser.Malformed e) {
            throw new CollectorException(sourceId() + " (" + configKey() + "): " + reader.where()
                    + " is not a dnsmasq lease file: " + e.getMessage());
        }
        Instant now = context.now();
        List<Observation> out = new ArrayList<>();
        int expired = 0;
        int noMac = 0;
        for (DnsmasqLease lease : leases) {
            if (lease.expiry() != 0 && Instant.ofEpochSecond(lease.expiry()).isBefore(now)) {
                expired++;
            } else if (lease.mac().isEmpty()) {
                noMac++;
            } else {
                Map<String, String> evidence = new HashMap<>();
                evidence.put(Evidence.TABLE, lease.v6() ? "dhcp6-leases" : "dhcp-leases");
                lease.clientId().ifPresent(c -> evidence.put(Evidence.CLIENT_ID, c));
                if (lease.v6()) {
                    evidence.put(lease.temporary() ? Evidence.TEMPORARY_IPS : Evidence.STABLE_IPS, lease.ip());
                }
                out.add(new Observation(sourceId(), now, lease.mac().get(), List.of(lease.ip()), lease.name(),
                        Optional.empty(), evidence));
            }
        }
        context.progress("read " + leases.size() + " leases from " + reader.where() + ": " + out.size() + " in use"
                + (expired > 0 ? ", " + expired + " expired" : "")
                + (noMac > 0 ? ", " + noMac + " without a MAC (IPv6 DUID without one, or not Ethernet)" : ""));
        return out;
    }
}
