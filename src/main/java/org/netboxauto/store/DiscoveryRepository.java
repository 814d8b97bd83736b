package org.netboxauto.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.netboxauto.core.CorrelationResult;
import org.netboxauto.core.Host;
import org.netboxauto.core.HostChange;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.core.RunStatus;
import org.netboxauto.core.SourceStatus;
import org.netboxauto.service.RunSummary;
import org.netboxauto.service.SourceLastRead;
import org.netboxauto.service.SourceOutcome;
import org.netboxauto.service.StagingStore;

/** Runs, observations, hosts and changes: what a discovery run reads and writes. */
final class DiscoveryRepository {

    private static final String INSERT_HOST = "INSERT INTO host (hostname, ip_addresses, first_seen, last_seen,"
            + " macs, sources, flags, details, digest, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE_HOST = "UPDATE host SET hostname = ?, ip_addresses = ?, first_seen = ?,"
            + " last_seen = ?, macs = ?, sources = ?, flags = ?, details = ?, digest = ? WHERE mac = ?";
    // in the table's own order: ORDER BY mac walks the key index and fetches each row apart
    private static final int DECODED_TOGETHER = 2048;
    private static final int ENCODED_AHEAD = 2048;
    private static final String SELECT_HOSTS = "SELECT mac, hostname, ip_addresses, first_seen, last_seen, details,"
            + " digest FROM host";
    private final MyBatisStagingStore store;

    DiscoveryRepository(MyBatisStagingStore store) {
        this.store = store;
    }

    long startRun(Instant started) {
        return store.write(session -> {
            GeneratedId id = new GeneratedId();
            session.getMapper(RunMapper.class).insertRun(started, RunStatus.RUNNING, id);
            try (var st = session.getConnection().prepareStatement("UPDATE discovery_run SET owner = ? WHERE id = ?")) {
                st.setString(1, RunOwner.CURRENT);
                st.setLong(2, id.value());
                st.executeUpdate();
            } catch (java.sql.SQLException e) {
                throw new org.apache.ibatis.exceptions.PersistenceException("Recording the run's owner failed", e);
            }
            return id.value();
        });
    }

    /**
     * Stores the observations of a source read successfully only for the MACs whose observations
     * differ from what the source last reported of them (or that it had stopped reporting): the
     * history keeps every change, not every run's copy of the same facts.
     */
    void saveSource(long runId, SourceOutcome outcome, List<Observation> observations) {
        store.write(session -> {
            insertObservations(session.getConnection(), runId, outcome, observations);
            insertOutcome(session, runId, outcome);
            return null;
        });
    }

    /** The source's outcome alone: a run can be closed on it while its observations are still being stored. */
    void recordSource(long runId, SourceOutcome outcome) {
        store.write(session -> {
            insertOutcome(session, runId, outcome);
            return null;
        });
    }

    /** The observations of a source whose outcome {@link #recordSource} stored, as {@link #saveSource} keeps them. */
    void saveObservations(long runId, SourceOutcome outcome, List<Observation> observations) {
        store.write(session -> {
            insertObservations(session.getConnection(), runId, outcome, observations);
            return null;
        });
    }

    private static void insertObservations(Connection connection, long runId, SourceOutcome outcome,
            List<Observation> observations) {
        List<Observation> changed = outcome.status() == SourceStatus.SUCCEEDED
                ? ObservationHeads.advance(connection, outcome.source(), runId, observations) : observations;
        ObservationParts.insert(connection, runId, outcome.source(), changed);
    }

    private static void insertOutcome(SqlSession session, long runId, SourceOutcome outcome) {
        session.getMapper(RunMapper.class).insertSourceResult(new SourceResultRecord(runId, outcome.source(),
                outcome.status(), outcome.observations(), outcome.error().map(DiscoveryRepository::cap).orElse(null)));
    }

    List<Host> hosts() {
        return storedHosts().hosts();
    }

    StagingStore.StoredHosts storedHosts() {
        return store.read(session -> {
            Connection connection = session.getConnection();
            return ConsistentRead.of(connection, () -> hosts(connection, SourceReads.all(connection)));
        });
    }

    private static StagingStore.StoredHosts hosts(Connection connection, Map<String, Instant> reads) {
        List<Host> hosts = new ArrayList<>();
        Map<MacAddress, String> lastSeenBy = new HashMap<>();
        HostsFingerprint fingerprint = new HostsFingerprint();
        List<String> documents = new ArrayList<>(DECODED_TOGETHER);
        try (var statement = connection.prepareStatement(SELECT_HOSTS);
             var rows = statement.executeQuery()) {
            while (rows.next()) {
                long digest = rows.getLong(7);
                fingerprint.add(rows.getString(1), rows.wasNull() ? null : digest);
                String details = rows.getString(6);
                if (details != null) {
                    documents.add(details);
                    if (documents.size() == DECODED_TOGETHER) {
                        decode(documents, reads, hosts, lastSeenBy);
                    }
                } else {
                    hosts.add(new StoredHost(rows.getString(1), rows.getString(2),
                            IpListTypeHandler.toList(rows.getString(3)),
                            rows.getObject(4, OffsetDateTime.class).toInstant(),
                            rows.getObject(5, OffsetDateTime.class).toInstant()).toHost());
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("Reading the hosts failed: " + e.getMessage(), e);
        }
        decode(documents, reads, hosts, lastSeenBy);
        hosts.sort(Host.BY_MAC);
        return new StagingStore.StoredHosts(hosts, fingerprint.of(reads), lastSeenBy);
    }

    /**
     * Decodes a batch of host documents on every core while the next batch is not yet read: decoding is most of
     * a read of all hosts, and a batch keeps only a few thousand documents in memory at once.
     */
    private static void decode(List<String> documents, Map<String, Instant> reads, List<Host> into,
            Map<MacAddress, String> lastSeenBy) {
        List<HostCodec.Decoded> decoded = documents.size() < 64
                ? documents.stream().map(d -> HostCodec.decode(d, reads)).toList()
                : documents.parallelStream().map(d -> HostCodec.decode(d, reads)).toList();
        for (HostCodec.Decoded d : decoded) {
            into.add(d.host());
            if (d.lastSeenBy() != null) {
                lastSeenBy.put(d.host().mac(), d.lastSeenBy());
            }
        }
        documents.clear();
    }

    /**
     * Writes the hosts the run changed (a host seen again with nothing new encodes to the row it
     * already has, and is left alone) and closes the run; returns how many hosts the store holds.
     */
    long finishRun(long runId, Instant finished, RunStatus status, CorrelationResult result) {
        return store.write(session -> write(session, runId, finished, status, result,
                digests(session.getConnection()), null)).hosts();
    }

    /**
     * As {@link #finishRun(long, Instant, RunStatus, CorrelationResult)}, merging the run into the hosts
     * as they are stored when it is written: the hosts are locked against other collectors' merges
     * (ADR 0029), read, merged by {@code merge}, written, and the lock ends with the transaction.
     */
    StagingStore.FinishedRun finishRun(long runId, Instant finished, RunStatus status,
            Function<List<Host>, CorrelationResult> merge) {
        return store.write(session -> {
            Connection connection = session.getConnection();
            HostMergeLock.take(connection);
            // read as before the run finishes, as the run's own start read them
            CorrelationResult result = merge.apply(hosts(connection, SourceReads.all(connection)).hosts());
            return write(session, runId, finished, status, result, digests(connection), null);
        });
    }

    /**
     * As {@link #finishRun(long, Instant, RunStatus, Function)} for a run that merged into {@code base} already:
     * while the stored rows still fingerprint as {@code base} did, {@code onBase} is written as it is, and the
     * hosts are neither read nor merged again.
     */
    StagingStore.FinishedRun finishRun(long runId, Instant finished, RunStatus status, StagingStore.StoredHosts base,
            CorrelationResult onBase, Function<List<Host>, CorrelationResult> merge) {
        return store.write(session -> {
            Connection connection = session.getConnection();
            HostMergeLock.take(connection);
            Map<String, Instant> reads = SourceReads.all(connection);
            Map<String, Long> digests = digests(connection);
            boolean unchanged = base.fingerprint().isPresent()
                    && base.fingerprint().equals(HostsFingerprint.of(digests, reads));
            CorrelationResult result = unchanged ? onBase : merge.apply(hosts(connection, reads).hosts());
            return write(session, runId, finished, status, result, digests, unchanged ? base : null);
        });
    }

    /**
     * @param existing each stored host's digest, read in this transaction
     * @param stored   the hosts as stored, when this transaction found them as the run read them; null otherwise
     */
    private static StagingStore.FinishedRun write(SqlSession session, long runId, Instant finished, RunStatus status,
            CorrelationResult result, Map<String, Long> existing, StagingStore.StoredHosts stored) {
        List<ChangeRow> changes = result.changes().stream().map(ChangeRow::of).toList();
        Connection connection = session.getConnection();
        // first, so that the read times the rows are written against include this run's
        session.getMapper(RunMapper.class).finishRun(runId, finished, status);
        Map<String, Instant> reads = SourceReads.all(connection);
        Set<String> written = new HashSet<>();
        for (Host h : result.updated()) {
            written.add(h.mac().toString());
        }
        Map<MacAddress, Host> storedByMac = new HashMap<>();
        if (stored != null) {
            stored.hosts().forEach(h -> storedByMac.put(h.mac(), h));
        }
        // only the rows that differ are kept; encoding touches nothing shared, so each chunk is encoded on the
        // other core while the one before it is written
        Function<List<Host>, List<HostRow>> encode = chunk -> chunk.parallelStream().map(h -> {
            if (readsBackAs(h, storedByMac.get(h.mac()), stored, reads)) {
                return null;
            }
            String details = HostCodec.toJson(h, reads);
            long digest = Digests.of(details);
            Long was = existing.get(h.mac().toString());
            return was != null && was == digest ? null : HostRow.of(h, details, digest);
        }).filter(java.util.Objects::nonNull).toList();
        List<String> removed = result.removed().stream().map(Object::toString)
                .filter(m -> existing.containsKey(m) && !written.contains(m)).toList();
        JdbcBatches.run(connection, "DELETE FROM host WHERE mac = ?", removed, (st, mac) -> st.setString(1, mac));
        List<Host> updated = result.updated();
        int inserted = 0;
        CompletableFuture<List<HostRow>> next = encodeAsync(encode, updated, 0);
        for (int from = 0; from < updated.size(); from += ENCODED_AHEAD) {
            List<HostRow> rows = next.join();
            next = encodeAsync(encode, updated, from + ENCODED_AHEAD);
            List<HostRow> updates = new ArrayList<>();
            List<HostRow> inserts = new ArrayList<>();
            for (HostRow row : rows) {
                (existing.containsKey(row.mac()) ? updates : inserts).add(row);
            }
            JdbcBatches.run(connection, UPDATE_HOST, updates, (st, h) -> {
                bindHost(st, h, 1);
                st.setString(10, h.mac());
            });
            JdbcBatches.run(connection, INSERT_HOST, inserts, (st, h) -> {
                st.setString(10, h.mac());
                bindHost(st, h, 1);
            });
            inserted += inserts.size();
        }
        ChangeParts.insert(connection, runId, changes);
        return new StagingStore.FinishedRun((long) existing.size() + inserted - removed.size(), result);
    }

    /** Hosts {@code from} to {@code from + ENCODED_AHEAD}, encoded on the common pool; none past the end. */
    private static CompletableFuture<List<HostRow>> encodeAsync(Function<List<Host>, List<HostRow>> encode,
            List<Host> hosts, int from) {
        if (from >= hosts.size()) {
            return CompletableFuture.completedFuture(List.of());
        }
        List<Host> chunk = hosts.subList(from, Math.min(hosts.size(), from + ENCODED_AHEAD));
        return CompletableFuture.supplyAsync(() -> encode.apply(chunk));
    }

    /**
     * Whether the host's stored row already reads back as {@code h} now that this run's reads count: a host seen
     * again with nothing new, whose document names its last-seen source instead of a time. Such rows are left
     * alone without encoding them, which is most of a steady run's write.
     */
    private static boolean readsBackAs(Host h, Host before, StagingStore.StoredHosts stored, Map<String, Instant> reads) {
        if (before == null) {
            return false;
        }
        String source = stored.lastSeenBy().get(before.mac());
        Instant read = source == null ? null : reads.get(source);
        return read != null && !read.isBefore(before.firstSeen()) && HostCodec.readAgain(before, read).equals(h);
    }

    /** Each host's digest by MAC; null for a row written before hosts had one. */
    private static Map<String, Long> digests(Connection connection) {
        Map<String, Long> digests = new HashMap<>();
        try (var statement = connection.prepareStatement("SELECT mac, digest FROM host");
             var rows = statement.executeQuery()) {
            while (rows.next()) {
                long digest = rows.getLong(2);
                digests.put(rows.getString(1), rows.wasNull() ? null : digest);
            }
        } catch (SQLException e) {
            throw new PersistenceException("Reading the hosts' digests failed: " + e.getMessage(), e);
        }
        return digests;
    }

    private static void bindHost(java.sql.PreparedStatement st, HostRow h, int first) throws SQLException {
        JdbcBatches.setText(st, first, h.hostname());
        JdbcBatches.setText(st, first + 1, h.ipAddresses());
        JdbcBatches.setTime(st, first + 2, h.firstSeen());
        JdbcBatches.setTime(st, first + 3, h.lastSeen());
        JdbcBatches.setText(st, first + 4, h.macs());
        JdbcBatches.setText(st, first + 5, h.sources());
        JdbcBatches.setText(st, first + 6, h.flags());
        JdbcBatches.setText(st, first + 7, h.details());
        st.setLong(first + 8, h.digest());
    }

    List<Observation> observationsOf(MacAddress mac) {
        return store.read(session -> ObservationParts.ofMac(session.getConnection(), mac));
    }

    Optional<RunSummary> lastRun() {
        return store.read(session -> session.getMapper(RunMapper.class).findLastFinished().map(run -> summary(session, run)));
    }

    List<SourceLastRead> lastReadPerSource() {
        return store.read(session -> {
            RunMapper runs = session.getMapper(RunMapper.class);
            Map<Long, Optional<RunRecord>> runsById = new HashMap<>();
            List<SourceLastRead> reads = new ArrayList<>();
            for (SourceResultRecord r : runs.findLatestSourceResults()) {
                runsById.computeIfAbsent(r.runId(), runs::findRun).ifPresent(run -> reads.add(new SourceLastRead(
                        outcome(r), run.id(), run.finished() != null ? run.finished() : run.started())));
            }
            return reads;
        });
    }

    List<HostChange> changes(long runId) {
        return store.read(session -> ChangeParts.ofRun(session.getConnection(), runId)).stream()
                .map(ChangeRow::toChange).toList();
    }

    List<org.netboxauto.core.alerts.PortMove> portMoves(Instant since) {
        return store.read(session -> {
            List<org.netboxauto.core.alerts.PortMove> moves = new ArrayList<>();
            for (ChangeParts.Dated d : ChangeParts.portMoves(session.getConnection(), since)) {
                HostChange change = d.change().toChange();
                change.fields().stream().filter(f -> f.field().equals("port")).forEach(f -> moves.add(
                        new org.netboxauto.core.alerts.PortMove(change.mac(), d.runStarted(), f.before(), f.after())));
            }
            return moves;
        });
    }

    private static RunSummary summary(SqlSession session, RunRecord run) {
        List<SourceOutcome> sources = session.getMapper(RunMapper.class).findSourceResults(run.id()).stream()
                .map(DiscoveryRepository::outcome).toList();
        long[] counts = ChangeParts.counts(session.getConnection(), run.id());
        return new RunSummary(run.id(), run.started(), Optional.ofNullable(run.finished()), run.status(), sources,
                counts[0], counts[1], counts[2]);
    }

    private static SourceOutcome outcome(SourceResultRecord r) {
        return new SourceOutcome(r.source(), r.status(), r.observationCount(), Optional.ofNullable(r.errorMessage()));
    }

    private static String cap(String message) {
        return message.length() <= 4000 ? message : message.substring(0, 3999) + "…";
    }
}
