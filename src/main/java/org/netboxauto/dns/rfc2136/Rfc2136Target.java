package org.netboxauto.dns.rfc2136;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.netboxauto.config.Rfc2136Config;
import org.netboxauto.core.dns.DnsAddresses;
import org.netboxauto.core.dns.DnsChange;
import org.netboxauto.core.dns.DnsChanges;
import org.netboxauto.core.dns.DnsRecord;
import org.netboxauto.core.dns.DnsRecordType;
import org.netboxauto.core.dns.DnsState;
import org.netboxauto.core.dns.DnsZones;
import org.netboxauto.dns.DnsTarget;
import org.netboxauto.dns.DnsTargetException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.PTRRecord;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TSIG;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;
import org.xbill.DNS.Update;
import org.xbill.DNS.ZoneTransferException;
import org.xbill.DNS.ZoneTransferIn;

/**
 * RFC 2136 dynamic updates signed with TSIG (dnsjava). The zones are shared: netbox-auto owns only
 * the names that carry its TXT marker ({@code "heritage=netbox-auto"}, the external-dns way) and
 * never touches any other. Current state is read by AXFR signed with the same key; each update
 * carries prerequisites (our marker is there, or the name is unused) so a concurrent edit makes it
 * fail cleanly instead of clobbering.
 */
public final class Rfc2136Target implements DnsTarget {

    static final String TARGET = "dns.rfc2136";
    static final String MARKER = "heritage=netbox-auto";
    private static final Logger LOG = LoggerFactory.getLogger(Rfc2136Target.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Rfc2136Config config;
    private final DnsZones zones;
    private final String server;
    private volatile Runnable beforeSend = () -> { };

    private Rfc2136Target(Rfc2136Config config) {
        this.config = config;
        this.server = config.server().orElseThrow(() -> new IllegalArgumentException(TARGET + ".server is not set"));
        this.zones = new DnsZones(TARGET, config.zone().orElseThrow(() ->
                new IllegalArgumentException(TARGET + ".zone is not set")), config.reverseZones(), config.ttl());
    }

    public static Rfc2136Target of(Rfc2136Config config) {
        return new Rfc2136Target(config);
    }

    /** Runs after the zones were read again and before the update is sent: tests edit the zone there. */
    void beforeSend(Runnable hook) {
        beforeSend = hook;
    }

    @Override
    public String target() {
        return TARGET;
    }

    @Override
    public String where() {
        return "RFC 2136 at " + hostPort() + " zone " + zones.zone()
                + (zones.reverseZones().isEmpty() ? "" : " and " + String.join(", ", zones.reverseZones()));
    }

    private String hostPort() {
        return (server.contains(":") ? "[" + server + "]" : server) + ":" + config.port();
    }

    @Override
    public DnsZones zones() {
        return zones;
    }

    /** What the zones hold: our records at our names, every other name as foreign. */
    private record Snapshot(DnsState state, Set<String> owned) {
    }

    @Override
    public DnsState read() throws DnsTargetException {
        return snapshot().state();
    }

    private Snapshot snapshot() throws DnsTargetException {
        Map<String, List<Record>> byName = new LinkedHashMap<>();
        for (String zone : allZones()) {
            for (Record r : transfer(zone)) {
                byName.computeIfAbsent(text(r.getName()), n -> new ArrayList<>()).add(r);
            }
        }
        List<DnsRecord> records = new ArrayList<>();
        Set<String> owned = new HashSet<>();
        Set<String> foreign = new HashSet<>();
        byName.forEach((name, list) -> {
            if (list.stream().anyMatch(Rfc2136Target::isMarker)) {
                owned.add(name);
                list.stream().map(r -> ours(name, r)).flatMap(java.util.Optional::stream).forEach(records::add);
            } else {
                foreign.add(name);
            }
        });
        return new Snapshot(new DnsState(records, foreign), owned);
    }

    private java.util.Optional<DnsRecord> ours(String name, Record r) {
        int ttl = (int) Math.min(Integer.MAX_VALUE, r.getTTL());
        return switch (r) {
            case ARecord a -> java.util.Optional.of(new DnsRecord(name, DnsRecordType.A,
                    DnsAddresses.canonical(a.getAddress()), ttl));
            case AAAARecord a -> java.util.Optional.of(new DnsRecord(name, DnsRecordType.AAAA,
                    DnsAddresses.canonical(a.getAddress()), ttl));
            case PTRRecord p -> java.util.Optional.of(new DnsRecord(name, DnsRecordType.PTR, text(p.getTarget()), ttl));
            default -> java.util.Optional.empty();
        };
    }

    private static boolean isMarker(Record r) {
        return r instanceof TXTRecord txt && txt.getStrings().equals(List.of(MARKER));
    }

    private List<String> allZones() {
        List<String> all = new ArrayList<>();
        all.add(zones.zone());
        all.addAll(zones.reverseZones());
        return all;
    }

    private List<Record> transfer(String zone) throws DnsTargetException {
        try {
            ZoneTransferIn xfr = ZoneTransferIn.newAXFR(name(zone), server, config.port(), tsig());
            xfr.setTimeout(Duration.ofSeconds(30));
            xfr.run();
            return xfr.getAXFR();
        } catch (ZoneTransferException e) {
            String reason = String.valueOf(e.getMessage());
            if (reason.contains("TSIG") || reason.contains("NOTAUTH")) {
                throw new DnsTargetException(TARGET + ": " + hostPort() + " did not accept the TSIG key "
                        + keyName() + " for a transfer of zone " + zone + " (" + reason + "); check "
                        + TARGET + ".tsig.name, algorithm and secret against the key the server has", e);
            }
            throw new DnsTargetException(TARGET + ": " + hostPort() + " refused a zone transfer of " + zone + " ("
                    + reason + "); check that the server is primary for " + zone + " and allows transfer to key "
                    + keyName() + " (BIND: allow-transfer { key " + keyName() + "; };)", e);
        } catch (IOException e) {
            throw new DnsTargetException(TARGET + ": cannot read zone " + zone + " from " + hostPort() + " ("
                    + e.getMessage() + "); check " + TARGET + ".server and port and that the server runs", e);
        }
    }

    @Override
    public void apply(List<DnsChange> changes) throws DnsTargetException {
        if (changes.isEmpty()) {
            return;
        }
        Snapshot now = snapshot();
        DnsChanges.Outcome outcome = DnsChanges.apply(now.state().records(), changes);
        List<String> conflicts = new ArrayList<>(outcome.conflicts());
        for (DnsChange c : outcome.pending()) {
            String name = c.subject().name();
            if (now.state().foreignNames().contains(name)) {
                conflicts.add(c.line() + ": " + name + " now has records netbox-auto did not create");
            }
            if (zones.zoneOf(name) == null) {
                conflicts.add(c.line() + ": " + name + " is in none of the zones of " + TARGET);
            }
        }
        if (!conflicts.isEmpty()) {
            throw new DnsTargetException(TARGET + ": " + where() + " changed since the preview, nothing was sent: "
                    + String.join("; ", conflicts) + ". Preview the push again");
        }
        Map<String, List<DnsChange>> byZone = new LinkedHashMap<>();
        allZones().forEach(z -> byZone.put(z, new ArrayList<>()));
        outcome.pending().forEach(c -> byZone.get(zones.zoneOf(c.subject().name())).add(c));
        beforeSend.run();
        List<String> done = new ArrayList<>();
        for (Map.Entry<String, List<DnsChange>> zone : byZone.entrySet()) {
            if (zone.getValue().isEmpty()) {
                continue;
            }
            send(zone.getKey(), update(zone.getKey(), zone.getValue(), now, outcome.records()), done);
            done.add(zone.getKey());
        }
        LOG.info("{}: {} changes sent to {}", TARGET, outcome.pending().size(), hostPort());
    }

    private Update update(String zone, List<DnsChange> changes, Snapshot now, List<DnsRecord> after)
            throws DnsTargetException {
        Update update = new Update(name(zone));
        Map<String, List<DnsChange>> byName = new LinkedHashMap<>();
        changes.forEach(c -> byName.computeIfAbsent(c.subject().name(), n -> new ArrayList<>()).add(c));
        for (Map.Entry<String, List<DnsChange>> entry : byName.entrySet()) {
            Name owner = name(entry.getKey());
            boolean owned = now.owned().contains(entry.getKey());
            boolean keeps = after.stream().anyMatch(r -> r.name().equals(entry.getKey()));
            Record marker = new TXTRecord(owner, DClass.IN, zones.ttl(), MARKER);
            if (owned) {
                // RFC 2136 2.4.2: a value-dependent prerequisite carries TTL 0
                update.present(new TXTRecord(owner, DClass.IN, 0, MARKER));
            } else {
                update.absent(owner);
            }
            for (DnsChange c : entry.getValue()) {
                if (c.before().isPresent()) {
                    update.delete(record(c.before().get()));
                }
                if (c.after().isPresent()) {
                    update.add(record(c.after().get()));
                }
            }
            if (owned && !keeps) {
                update.delete(owner, Type.TXT);
            } else if (!owned && keeps) {
                update.add(marker);
            }
        }
        return update;
    }

    private void send(String zone, Update update, List<String> done) throws DnsTargetException {
        String already = done.isEmpty() ? "" : " Zone " + String.join(", ", done) + " was already updated.";
        Message response;
        try {
            SimpleResolver resolver = new SimpleResolver(server);
            resolver.setPort(config.port());
            resolver.setTCP(true);
            resolver.setTimeout(TIMEOUT);
            resolver.setTSIGKey(tsig());
            response = resolver.send(update);
        } catch (IOException e) {
            throw new DnsTargetException(TARGET + ": the update of zone " + zone + " at " + hostPort() + " failed ("
                    + e.getMessage() + ")." + already + " Check " + TARGET + ".server, port and tsig, then preview"
                    + " the push again", e);
        }
        int rcode = response.getRcode();
        if (rcode == Rcode.NOERROR) {
            return;
        }
        String why = switch (rcode) {
            case Rcode.YXDOMAIN, Rcode.NXRRSET, Rcode.YXRRSET, Rcode.NXDOMAIN ->
                    "a prerequisite failed: a name changed on the server since the preview, so nothing of this zone"
                    + " was changed. Preview the push again";
            case Rcode.NOTAUTH -> "the server did not accept the TSIG key " + keyName() + " or is not authoritative"
                    + " for the zone; check " + TARGET + ".tsig.name, algorithm and secret, and " + TARGET
                    + ".zone / reverse-zones";
            case Rcode.REFUSED -> "the server refused it; allow updates of " + zone + " by key " + keyName()
                    + " (BIND: allow-update { key " + keyName() + "; };)";
            default -> "the server could not apply it";
        };
        throw new DnsTargetException(TARGET + ": the update of zone " + zone + " at " + hostPort() + " got "
                + Rcode.string(rcode) + tsigError(response) + ": " + why + "." + already);
    }

    private static String tsigError(Message response) {
        var tsig = response.getTSIG();
        return tsig != null && tsig.getError() != Rcode.NOERROR ? " (TSIG " + Rcode.TSIGstring(tsig.getError()) + ")"
                : "";
    }

    private Record record(DnsRecord r) throws DnsTargetException {
        Name owner = name(r.name());
        return switch (r.type()) {
            case A -> new ARecord(owner, DClass.IN, r.ttl(), address(r.value()));
            case AAAA -> new AAAARecord(owner, DClass.IN, r.ttl(), address(r.value()));
            case PTR -> new PTRRecord(owner, DClass.IN, r.ttl(), name(r.value()));
        };
    }

    private static InetAddress address(String literal) {
        return DnsAddresses.parse(literal).orElseThrow(() -> new IllegalArgumentException("not an IP: " + literal));
    }

    private TSIG tsig() throws DnsTargetException {
        Rfc2136Config.Tsig key = config.tsig();
        String secret = key.secret().map(org.netboxauto.config.Secret::reveal).orElseThrow(() ->
                new DnsTargetException(TARGET + ".tsig.secret (or secret-file) is not set"));
        Name algorithm = switch (key.algorithm()) {
            case HMAC_MD5 -> TSIG.HMAC_MD5;
            case HMAC_SHA1 -> TSIG.HMAC_SHA1;
            case HMAC_SHA224 -> TSIG.HMAC_SHA224;
            case HMAC_SHA256 -> TSIG.HMAC_SHA256;
            case HMAC_SHA384 -> TSIG.HMAC_SHA384;
            case HMAC_SHA512 -> TSIG.HMAC_SHA512;
        };
        return new TSIG(algorithm, name(keyName()), secret);
    }

    private String keyName() {
        return config.tsig().name().orElse("?");
    }

    private static Name name(String text) throws DnsTargetException {
        try {
            return Name.fromString(text.endsWith(".") ? text : text + ".");
        } catch (TextParseException e) {
            throw new DnsTargetException(TARGET + ": \"" + text + "\" is not a DNS name", e);
        }
    }

    private static String text(Name name) {
        return name.toString(true).toLowerCase(Locale.ROOT);
    }
}
