package org.netboxauto.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.netboxauto.core.CorrelationResult;
import org.netboxauto.core.Host;
import org.netboxauto.core.HostChange;
import org.netboxauto.core.HostCounts;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.core.Review;
import org.netboxauto.core.RunStatus;
import org.netboxauto.service.RunSummary;
import org.netboxauto.service.SourceOutcome;
import org.netboxauto.service.StagingStore;
import org.netboxauto.service.StoreSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The staging store over MyBatis; each {@link #write} is one transaction. */
public final class MyBatisStagingStore implements StagingStore {

    private static final Logger LOG = LoggerFactory.getLogger(MyBatisStagingStore.class);
    private static final int ATTEMPTS = 3;
    private static final int CONFLICT_ATTEMPTS = 10;

    private final String location;
    private final String schemaVersion;
    private final SqlSessionFactory sessionFactory;
    private final Optional<H2Lease> lease;
    private final Runnable dropConnections;
    private final Runnable onClose;
    private final DiscoveryRepository discovery;
    private final PushJournalRepository journal;

    MyBatisStagingStore(String location, String schemaVersion, SqlSessionFactory sessionFactory,
            Optional<H2Lease> lease, Runnable dropConnections, Runnable onClose) {
        this.location = location;
        this.schemaVersion = schemaVersion;
        this.sessionFactory = sessionFactory;
        this.lease = lease;
        this.dropConnections = dropConnections;
        this.onClose = onClose;
        this.discovery = new DiscoveryRepository(this);
        this.journal = new PushJournalRepository(this);
    }

    @Override
    public String location() {
        return location;
    }

    /** The Flyway version of the schema this store is at, e.g. "1". */
    public String schemaVersion() {
        return schemaVersion;
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
     * A connection lost before the commit (nothing was written) is retried on a new connection;
     * a failure during the commit itself is not, as the outcome is unknown.
     */
    public <T> T write(Function<SqlSession, T> work) {
        return withRetry(work, true);
    }

    /** Runs read-only {@code work} on one session, again on a new connection if the first was lost. */
    public <T> T read(Function<SqlSession, T> work) {
        return withRetry(work, false);
    }

    private <T> T withRetry(Function<SqlSession, T> work, boolean commit) {
        lease.ifPresent(H2Lease::acquire);
        try {
            return attempts(work, commit);
        } finally {
            lease.ifPresent(H2Lease::release);
        }
    }

    private <T> T attempts(Function<SqlSession, T> work, boolean commit) {
        for (int attempt = 1; ; attempt++) {
            try (SqlSession session = sessionFactory.openSession(false)) {
                T result;
                try {
                    result = work.apply(session);
                } catch (PersistenceException e) {
                    if (attempt < CONFLICT_ATTEMPTS && WriteConflict.isCause(e)) {
                        session.rollback(true);
                        LOG.debug("A write to the staging store {} met another process's; trying again ({} of {}): {}",
                                location, attempt + 1, CONFLICT_ATTEMPTS, e.getMessage());
                        WriteConflict.pause(attempt);
                        continue;
                    }
                    if (attempt >= ATTEMPTS || !ConnectionLoss.isCause(e)) {
                        throw e;
                    }
                    LOG.info("Lost the connection to the staging store {}; trying again ({} of {})", location,
                            attempt + 1, ATTEMPTS);
                    dropConnections.run();
                    continue;
                }
                if (commit) {
                    session.commit(true);
                }
                return result;
            }
        }
    }

    @Override
    public String changeStamp() {
        Map<String, Object> row = read(session -> session.getMapper(StampMapper.class).stamp());
        // H2 names the columns in upper case, PostgreSQL in lower case
        java.util.TreeMap<String, String> sorted = new java.util.TreeMap<>();
        row.forEach((k, v) -> sorted.put(k.toLowerCase(java.util.Locale.ROOT), String.valueOf(v)));
        return sorted.toString();
    }

    @Override
    public StoreSummary summary() {
        return read(session -> {
            RunMapper runs = session.getMapper(RunMapper.class);
            HostCounts hosts = session.getMapper(HostMapper.class).countByReviewState();
            return new StoreSummary(runs.countRuns(), hosts, Optional.ofNullable(runs.lastFinished()));
        });
    }

    @Override
    public long startRun(Instant started) {
        long id = discovery.startRun(started);
        lease.ifPresent(l -> l.activity("discover run " + id));
        return id;
    }

    @Override
    public void saveSource(long runId, SourceOutcome outcome, List<Observation> observations) {
        discovery.saveSource(runId, outcome, observations);
    }

    @Override
    public void recordSource(long runId, SourceOutcome outcome) {
        discovery.recordSource(runId, outcome);
    }

    @Override
    public void saveObservations(long runId, SourceOutcome outcome, List<Observation> observations) {
        discovery.saveObservations(runId, outcome, observations);
    }

    @Override
    public void saveSwitchReport(String source, Instant at, org.netboxauto.core.topology.SwitchReport report) {
        write(session -> {
            SwitchReportRows.save(session.getConnection(), source, at, report);
            return null;
        });
    }

    @Override
    public Map<String, org.netboxauto.core.topology.SwitchReport> switchReports() {
        return read(session -> SwitchReportRows.all(session.getConnection()));
    }

    @Override
    public List<Host> hosts() {
        return discovery.hosts();
    }

    @Override
    public StoredHosts storedHosts() {
        return discovery.storedHosts();
    }

    @Override
    public java.util.Set<MacAddress> hostMacs() {
        // a HashSet: sequential MACs hash to neighbouring slots, which Set.copyOf's linear probing handles badly
        java.util.Set<MacAddress> macs = new java.util.HashSet<>();
        read(session -> session.getMapper(HostMapper.class).allMacs()).forEach(m -> macs.add(MacAddress.of(m)));
        return java.util.Collections.unmodifiableSet(macs);
    }

    @Override
    public Map<MacAddress, Review> reviews() {
        return java.util.Collections.unmodifiableMap(read(session -> ReviewReader.all(session.getConnection())));
    }

    @Override
    public void saveReviews(List<Review> reviews) {
        write(session -> {
            ReviewMapper mapper = session.getMapper(ReviewMapper.class);
            for (Review r : reviews) {
                ReviewRecord row = ReviewRecord.of(r);
                if (mapper.update(row) == 0) {
                    mapper.insert(row);
                }
            }
            return null;
        });
    }

    @Override
    public int enqueueAlerts(List<org.netboxauto.service.AlertDelivery> deliveries) {
        if (deliveries.isEmpty()) {
            return 0;
        }
        return write(session -> {
            AlertMapper mapper = session.getMapper(AlertMapper.class);
            int added = 0;
            for (org.netboxauto.service.AlertDelivery d : deliveries) {
                added += mapper.insertIfAbsent(d);
            }
            return added;
        });
    }

    @Override
    public List<org.netboxauto.service.AlertDelivery> dueAlerts(Instant now, int limit) {
        return read(session -> session.getMapper(AlertMapper.class).findDue(now, limit, false));
    }

    @Override
    public List<org.netboxauto.service.AlertDelivery> dueDesktopAlerts(Instant now, int limit) {
        return read(session -> session.getMapper(AlertMapper.class).findDue(now, limit, true));
    }

    @Override
    public boolean claimAlert(long id, Instant expected, Instant until) {
        return write(session -> session.getMapper(AlertMapper.class).claim(id, expected, until)) == 1;
    }

    @Override
    public void alertSent(long id, Instant at) {
        write(session -> session.getMapper(AlertMapper.class).markSent(id, at));
    }

    @Override
    public void alertFailed(long id, Instant next, String error) {
        String cut = error.length() > 1000 ? error.substring(0, 999) + "…" : error;
        write(session -> session.getMapper(AlertMapper.class).markFailed(id, next, cut));
    }

    @Override
    public long alertsWaiting() {
        return read(session -> session.getMapper(AlertMapper.class).countWaiting());
    }

    @Override
    public List<Review> saveUndecided(List<Review> reviews) {
        return write(session -> {
            ReviewMapper mapper = session.getMapper(ReviewMapper.class);
            List<Review> saved = new java.util.ArrayList<>();
            for (Review r : reviews) {
                if (mapper.insertIfAbsent(ReviewRecord.of(r)) == 1) {
                    saved.add(r);
                }
            }
            return saved;
        });
    }

    @Override
    public void deleteReviews(List<MacAddress> macs) {
        write(session -> {
            ReviewMapper mapper = session.getMapper(ReviewMapper.class);
            macs.forEach(m -> mapper.delete(m.toString()));
            return null;
        });
    }

    @Override
    public List<Observation> observationsOf(MacAddress mac) {
        return discovery.observationsOf(mac);
    }

    @Override
    public long finishRun(long runId, Instant finished, RunStatus status, CorrelationResult result) {
        return discovery.finishRun(runId, finished, status, result);
    }

    @Override
    public FinishedRun finishRun(long runId, Instant finished, RunStatus status,
            Function<List<Host>, CorrelationResult> merge) {
        return discovery.finishRun(runId, finished, status, merge);
    }

    @Override
    public FinishedRun finishRun(long runId, Instant finished, RunStatus status, StoredHosts base,
            CorrelationResult onBase, Function<List<Host>, CorrelationResult> merge) {
        return discovery.finishRun(runId, finished, status, base, onBase, merge);
    }

    @Override
    public List<org.netboxauto.core.alerts.PortMove> portMoves(Instant since) {
        return discovery.portMoves(since);
    }

    @Override
    public Optional<RunSummary> lastRun() {
        return discovery.lastRun();
    }

    @Override
    public List<org.netboxauto.service.SourceLastRead> lastReadPerSource() {
        return discovery.lastReadPerSource();
    }

    @Override
    public List<HostChange> changes(long runId) {
        return discovery.changes(runId);
    }

    @Override
    public org.netboxauto.service.Compaction compact(Instant before, java.time.Duration batch) {
        long start = System.nanoTime();
        Instant due = before.minus(batch);
        boolean[] old = read(session -> {
            RetentionMapper m = session.getMapper(RetentionMapper.class);
            return new boolean[] {ObservationParts.anyReplacedBefore(session.getConnection(), due),
                m.anyEmptyRunBefore(due) > 0};
        });
        int[] deleted = !old[0] && !old[1] ? new int[2] : write(session -> {
            RetentionMapper m = session.getMapper(RetentionMapper.class);
            int gone = ObservationParts.deleteReplaced(session.getConnection(), before);
            return new int[] {gone, m.deleteEmptyRuns(before)};
        });
        long rewritten = lease.isEmpty() ? 0
                : write(session -> H2SparseChunks.rewrite(session.getConnection(), location));
        return new org.netboxauto.service.Compaction(deleted[0], deleted[1], rewritten,
                java.time.Duration.ofNanos(System.nanoTime() - start));
    }

    @Override
    public long startPush(Instant started, String target, List<org.netboxauto.service.JournalEntry> planned) {
        long id = journal.start(started, target, planned);
        lease.ifPresent(l -> l.activity("push " + id));
        return id;
    }

    @Override
    public void recordPush(long pushId, List<org.netboxauto.core.push.ActionOutcome> outcomes, Instant at) {
        journal.record(pushId, outcomes, at);
    }

    @Override
    public void finishPush(long pushId, Instant finished) {
        journal.finish(pushId, finished);
    }

    @Override
    public Optional<org.netboxauto.service.PushSummary> lastPush() {
        return journal.last();
    }

    @Override
    public List<org.netboxauto.service.JournalEntry> pushActions(long pushId) {
        return journal.actions(pushId);
    }

    @Override
    public void close() {
        onClose.run();
        LOG.debug("Closed staging store {}", location);
    }
}
