package org.netboxauto.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.ibatis.session.SqlSession;
import org.netboxauto.core.CorrelationResult;
import org.netboxauto.core.Host;
import org.netboxauto.core.HostChange;
import org.netboxauto.core.Observation;
import org.netboxauto.core.RunStatus;
import org.netboxauto.service.RunSummary;
import org.netboxauto.service.SourceOutcome;

/** Runs, observations, hosts and changes: what a discovery run reads and writes. */
final class DiscoveryRepository {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MyBatisStagingStore store;

    DiscoveryRepository(MyBatisStagingStore store) {
        this.store = store;
    }

    long startRun(Instant started) {
        return store.write(session -> {
            GeneratedId id = new GeneratedId();
            session.getMapper(RunMapper.class).insertRun(started, RunStatus.RUNNING, id);
            return id.value();
        });
    }

    void saveSource(long runId, SourceOutcome outcome, List<Observation> observations) {
        List<ObservationRecord> rows = observations.stream().map(o -> row(runId, o)).toList();
        store.writeBatch(session -> {
            ObservationMapper mapper = session.getMapper(ObservationMapper.class);
            rows.forEach(mapper::insert);
            session.getMapper(RunMapper.class).insertSourceResult(new SourceResultRecord(runId, outcome.source(),
                    outcome.status(), outcome.observations(), outcome.error().map(DiscoveryRepository::cap).orElse(null)));
            session.flushStatements();
            return null;
        });
    }

    List<Host> hosts() {
        return store.read(session -> session.getMapper(HostMapper.class).findAll()).stream()
                .map(StoredHost::toHost).toList();
    }

    void finishRun(long runId, Instant finished, RunStatus status, CorrelationResult result) {
        List<HostRow> rows = result.updated().stream().map(HostRow::of).toList();
        List<ChangeRow> changes = result.changes().stream().map(ChangeRow::of).toList();
        store.writeBatch(session -> {
            HostMapper hosts = session.getMapper(HostMapper.class);
            result.removed().forEach(mac -> hosts.delete(mac.toString()));
            rows.forEach(r -> hosts.delete(r.mac()));
            rows.forEach(hosts::insertRow);
            ChangeMapper changeMapper = session.getMapper(ChangeMapper.class);
            changes.forEach(c -> changeMapper.insert(runId, c));
            session.getMapper(RunMapper.class).finishRun(runId, finished, status);
            session.flushStatements();
            return null;
        });
    }

    Optional<RunSummary> lastRun() {
        return store.read(session -> session.getMapper(RunMapper.class).findLastFinished().map(run -> summary(session, run)));
    }

    List<HostChange> changes(long runId) {
        return store.read(session -> session.getMapper(ChangeMapper.class).findByRun(runId)).stream()
                .map(ChangeRow::toChange).toList();
    }

    private static RunSummary summary(SqlSession session, RunRecord run) {
        List<SourceOutcome> sources = session.getMapper(RunMapper.class).findSourceResults(run.id()).stream()
                .map(r -> new SourceOutcome(r.source(), r.status(), r.observationCount(),
                        Optional.ofNullable(r.errorMessage())))
                .toList();
        ChangeMapper changes = session.getMapper(ChangeMapper.class);
        return new RunSummary(run.id(), run.started(), Optional.ofNullable(run.finished()), run.status(), sources,
                changes.countByRunAndKind(run.id(), "new"), changes.countByRunAndKind(run.id(), "changed"),
                changes.countByRunAndKind(run.id(), "gone"));
    }

    private static ObservationRecord row(long runId, Observation o) {
        String ips = o.ips().isEmpty() ? null : String.join(" ", o.ips());
        return new ObservationRecord(0, runId, o.source(), o.observedAt(), o.mac().toString(), ips,
                o.hostname().orElse(null), evidence(o), o.group().orElse(null));
    }

    private static String evidence(Observation o) {
        if (o.evidence().isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(new TreeMap<>(o.evidence()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("evidence of " + o.mac() + " is not writable as JSON", e);
        }
    }

    private static String cap(String message) {
        return message.length() <= 4000 ? message : message.substring(0, 3999) + "…";
    }
}
