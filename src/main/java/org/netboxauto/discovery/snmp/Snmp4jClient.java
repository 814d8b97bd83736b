package org.netboxauto.discovery.snmp;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.netboxauto.config.SnmpSource;
import org.netboxauto.discovery.CollectorException;
import org.snmp4j.CommunityTarget;
import org.snmp4j.PDU;
import org.snmp4j.ScopedPDU;
import org.snmp4j.Snmp;
import org.snmp4j.Target;
import org.snmp4j.event.ResponseEvent;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.VariableBinding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks with GETBULK (GETNEXT in v1). A switch that drops big replies (no answer) or says
 * tooBig is asked again with a quarter of the rows, down to one row per request; the lowered
 * size is kept for the rest of the session.
 */
final class Snmp4jClient implements SnmpClient {

    private static final Logger LOG = LoggerFactory.getLogger(Snmp4jClient.class);
    /** No switch table comes near this; a switch that never ends a walk is stopped here. */
    private static final int MAX_ROWS = 1_000_000;
    /** The shortest wait of a per-VLAN probe; it waits four times the slowest answer seen, at most the timeout. */
    private static final long PROBE_FLOOR_MILLIS = 250;

    private final Snmp snmp;
    private final Target<UdpAddress> target;
    private final SnmpSource source;
    private final SnmpTarget where;
    private final Set<String> answered = ConcurrentHashMap.newKeySet();
    private volatile int repetitions;
    private volatile long slowestAnswerNanos;

    private Snmp4jClient(Snmp4jSessions.Session session, SnmpSource source, SnmpTarget where) {
        this.snmp = session.snmp();
        this.target = session.target();
        this.source = source;
        this.where = where;
        this.repetitions = source.maxRepetitions();
    }

    static Snmp4jClient open(SnmpSource source, SnmpTarget where) throws CollectorException {
        return new Snmp4jClient(Snmp4jSessions.open(source, where), source, where);
    }

    @Override
    public List<VariableBinding> walk(OID column, Optional<Integer> vlan) throws SnmpException, InterruptedException {
        Target<UdpAddress> t = vlan.isPresent() && target instanceof CommunityTarget<UdpAddress> c
                ? perVlan(c, vlan.get()) : target;
        List<VariableBinding> out = new ArrayList<>();
        Set<OID> seen = new HashSet<>();
        OID last = column;
        while (true) {
            PDU reply = request(t, last, vlan);
            if (reply == null) {
                return out;
            }
            boolean more = false;
            for (VariableBinding vb : reply.getVariableBindings()) {
                OID oid = vb.getOid();
                if (vb.isException() || oid == null || !oid.startsWith(column) || oid.size() == column.size()) {
                    return out;
                }
                if (!seen.add(oid)) {
                    // a repeated OID (switches and recorders duplicate rows); an OID lower than the one before
                    // is still a row (Junos lists some out of order), so only repeats are dropped
                    continue;
                }
                if (out.size() >= MAX_ROWS) {
                    throw new SnmpException(where.address() + " returned more than " + MAX_ROWS + " rows under "
                            + column + "; the walk was stopped", false);
                }
                out.add(vb);
                last = oid;
                more = true;
            }
            if (!more) {
                return out;
            }
        }
    }

    @Override
    public boolean answers(int vlan) throws SnmpException, InterruptedException {
        Target<UdpAddress> t = target instanceof CommunityTarget<UdpAddress> c ? perVlan(c, vlan) : target.duplicate();
        t.setTimeout(probeMillis());
        t.setRetries(0);
        PDU pdu = pdu(Optional.of(vlan), 1);
        pdu.setType(PDU.GET);
        pdu.add(new VariableBinding(SnmpOids.SYS_UP_TIME_0));
        boolean answered = send(pdu, t) != null;
        if (answered) {
            this.answered.add(t.getSecurityName() + "|" + vlan);
        }
        return answered;
    }

    @Override
    public String perVlanName(int vlan) {
        return target instanceof CommunityTarget<UdpAddress> ? "community@" + vlan : "context vlan-" + vlan;
    }

    /** The wait of a per-VLAN probe in milliseconds. */
    long probeMillis() {
        long seen = 4 * slowestAnswerNanos / 1_000_000;
        return Math.min(source.timeout().toMillis(), Math.max(PROBE_FLOOR_MILLIS, seen));
    }

    /**
     * One GETBULK/GETNEXT after {@code from}. Without an answer the request is repeated smaller;
     * a target (community, context) that never answered gets one probe of a single row, so a wrong
     * community fails after two waits and leaves the size alone.
     */
    private PDU request(Target<UdpAddress> t, OID from, Optional<Integer> vlan)
            throws SnmpException, InterruptedException {
        String key = t.getSecurityName() + "|" + vlan.orElse(0);
        int reps = repetitions;
        boolean probed = false;
        while (true) {
            PDU pdu = pdu(vlan, reps);
            pdu.add(new VariableBinding(from));
            PDU reply = send(pdu, t);
            boolean tooBig = reply != null && reply.getErrorStatus() == PDU.tooBig;
            if ((reply == null || tooBig) && pdu.getType() == PDU.GETBULK && reps > 1) {
                probed = !tooBig && !answered.contains(key);
                reps = probed ? 1 : Math.max(1, reps / 4);
                continue;
            }
            if (reply == null) {
                throw new SnmpException(where.address() + " did not answer within " + source.timeout().toMillis()
                        + " ms (" + (source.retries() + 1) + " tries); check that it is up, that UDP "
                        + source.port() + " is open and the " + credentials() + ", or raise " + where.configKey()
                        + ".timeout", true);
            }
            answered.add(key);
            if (reps < repetitions) {
                // a one-row probe only shows the switch is there; go on a quarter as big and shrink again if need be
                int next = probed ? Math.max(1, repetitions / 4) : reps;
                LOG.info("{}: GETBULK replies of {} rows got no answer; asking for {} rows", where.sourceId(),
                        repetitions, next);
                repetitions = next;
            }
            if (reply.getErrorStatus() == PDU.noSuchName && pdu.getType() == PDU.GETNEXT) {
                return null;
            }
            if (reply.getErrorStatus() != PDU.noError) {
                throw new SnmpException(where.address() + " answered " + reply.getErrorStatusText() + " to a walk of "
                        + from, false);
            }
            return reply;
        }
    }

    /** The reply, or null when none came in time; remembers the slowest answer for the per-VLAN probe's wait. */
    private PDU send(PDU pdu, Target<UdpAddress> t) throws SnmpException, InterruptedException {
        ResponseEvent<UdpAddress> event;
        long sent = System.nanoTime();
        try {
            event = snmp.send(pdu, t);
        } catch (IOException e) {
            throw new SnmpException("sending to " + where.address() + " failed: " + e.getMessage(), false);
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("cancelled");
        }
        PDU reply = event == null ? null : event.getResponse();
        if (reply != null) {
            slowestAnswerNanos = Math.max(slowestAnswerNanos, System.nanoTime() - sent);
        }
        return reply;
    }

    private PDU pdu(Optional<Integer> vlan, int reps) {
        PDU pdu;
        if (source.version() == SnmpSource.Version.V3) {
            ScopedPDU scoped = new ScopedPDU();
            scoped.setContextName(new OctetString(vlan.map(v -> "vlan-" + v).orElse(source.context())));
            pdu = scoped;
        } else {
            pdu = new PDU();
        }
        if (source.version() == SnmpSource.Version.V1) {
            pdu.setType(PDU.GETNEXT);
        } else {
            pdu.setType(PDU.GETBULK);
            pdu.setNonRepeaters(0);
            pdu.setMaxRepetitions(reps);
        }
        return pdu;
    }

    private Target<UdpAddress> perVlan(CommunityTarget<UdpAddress> base, int vlan) {
        CommunityTarget<UdpAddress> t = new CommunityTarget<>(base.getAddress(),
                new OctetString(base.getCommunity().toString() + "@" + vlan));
        t.setVersion(base.getVersion());
        t.setTimeout(base.getTimeout());
        t.setRetries(base.getRetries());
        return t;
    }

    private String credentials() {
        return source.version() == SnmpSource.Version.V3 ? "SNMPv3 user, protocols and passwords are right"
                : "community is right";
    }

    @Override
    public int maxRepetitions() {
        return repetitions;
    }

    @Override
    public void close() {
        try {
            snmp.close();
        } catch (IOException e) {
            LOG.debug("{}: closing the SNMP session failed", where.sourceId(), e);
        }
    }
}
