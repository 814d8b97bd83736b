package org.netboxauto.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netboxauto.core.CorrelationResult;
import org.netboxauto.core.Host;
import org.netboxauto.core.HostChange;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.core.Review;
import org.netboxauto.core.RunStatus;

/** The open staging store, as the services see it. */
public interface StagingStore extends AutoCloseable {

    /** Where the data lives, safe to show: a file path or a JDBC URL without credentials. */
    String location();

    StoreSummary summary();

    /**
     * A short text that changes whenever any process finishes or starts a run, decides on a host or pushes:
     * cheap enough to read every second.
     */
    String changeStamp();

    /** Records a run as running and returns its id. */
    long startRun(Instant started);

    /** One source's outcome and the observations that differ from its previous report, in one transaction. */
    void saveSource(long runId, SourceOutcome outcome, List<Observation> observations);

    /**
     * {@link #saveSource} in two steps: the outcome first, then the observations, which may still be being
     * stored while the run is closed (a run closed without them stores them again next time: the source's
     * previous report, which decides what is stored, moves with them).
     */
    void recordSource(long runId, SourceOutcome outcome);

    /** The second step of {@link #recordSource}. */
    void saveObservations(long runId, SourceOutcome outcome, List<Observation> observations);

    /** Every host, ordered by MAC. */
    List<Host> hosts();

    /** Keeps what a switch source just told of itself and its neighbours, replacing its previous report. */
    void saveSwitchReport(String source, java.time.Instant at, org.netboxauto.core.topology.SwitchReport report);

    /** The last report of every switch source, by source. */
    Map<String, org.netboxauto.core.topology.SwitchReport> switchReports();

    /** The primary MAC of every host: cheaper than {@link #hosts()} when only membership matters. */
    java.util.Set<MacAddress> hostMacs();

    /** Every review decision, by MAC. */
    Map<MacAddress, Review> reviews();

    /** Saves decisions (inserting or replacing each MAC's), all in one transaction. */
    void saveReviews(List<Review> reviews);

    /** Adds alerts to the outbox, each event at most once per channel; returns how many were new. */
    int enqueueAlerts(List<AlertDelivery> deliveries);

    /** Alerts not sent yet whose next attempt is due, oldest first. */
    List<AlertDelivery> dueAlerts(Instant now, int limit);

    /** As {@link #dueAlerts}, for the desktop channels, which only the desktop app takes. */
    List<AlertDelivery> dueDesktopAlerts(Instant now, int limit);

    /** Takes a due alert for this process until {@code until}; false when another sender took it first. */
    boolean claimAlert(long id, Instant expected, Instant until);

    void alertSent(long id, Instant at);

    void alertFailed(long id, Instant next, String error);

    long alertsWaiting();

    /** Saves the reviews of MACs that have none yet; returns those saved (a decision made meanwhile stays). */
    List<Review> saveUndecided(List<Review> reviews);

    /** Forgets the decisions on these MACs: they are pending again. */
    void deleteReviews(List<MacAddress> macs);

    /**
     * The host's history, oldest first: what each source reported of this MAC whenever it differed
     * from the source's previous report (first sighting, a change, or back after a read without it).
     */
    List<Observation> observationsOf(MacAddress mac);

    /**
     * Writes what correlation made of the run and closes it, in one transaction; only hosts that
     * changed are written. Returns how many hosts the store holds.
     */
    long finishRun(long runId, Instant finished, RunStatus status, CorrelationResult result);

    /**
     * Closes the run with {@code merge} applied to the hosts as stored at that moment, while other
     * collectors writing to the same store wait: a host two collectors see at once keeps both their
     * findings. {@code merge} may be called more than once (a lost connection is retried).
     */
    FinishedRun finishRun(long runId, Instant finished, RunStatus status,
            java.util.function.Function<List<org.netboxauto.core.Host>, CorrelationResult> merge);

    /**
     * As {@link #finishRun(long, Instant, RunStatus, java.util.function.Function)} for a run that merged into
     * {@code base} already: while the stored hosts are still those of {@code base}, {@code onBase} is written
     * as it is, without reading and merging the hosts again; else {@code merge} is applied to them as stored.
     */
    FinishedRun finishRun(long runId, Instant finished, RunStatus status, StoredHosts base, CorrelationResult onBase,
            java.util.function.Function<List<org.netboxauto.core.Host>, CorrelationResult> merge);

    /** The hosts as {@link #hosts()} reads them, with a fingerprint of the rows they were read from. */
    StoredHosts storedHosts();

    /**
     * @param fingerprint of the stored rows the hosts came from; none when it cannot be told
     * @param lastSeenBy  for each host whose stored last sighting is a source's latest read rather than a time, that
     *                    source: such a host seen again unchanged reads back with the new read's time as it is stored
     */
    record StoredHosts(List<org.netboxauto.core.Host> hosts, java.util.OptionalLong fingerprint,
            Map<org.netboxauto.core.MacAddress, String> lastSeenBy) {
    }

    /** What a run closed with: the hosts the store holds and the merge as written. */
    record FinishedRun(long hosts, CorrelationResult result) {
    }

    /** The switch-port changes of hosts recorded by runs started at or after {@code since}, oldest first. */
    List<org.netboxauto.core.alerts.PortMove> portMoves(Instant since);

    /** The most recent run that finished. */
    Optional<RunSummary> lastRun();

    /** Each source's result in the latest run that read it, by source id. */
    List<SourceLastRead> lastReadPerSource();

    /** What run {@code runId} found new, changed and gone. */
    List<HostChange> changes(long runId);

    /**
     * Deletes observations older than {@code before} that a later one of the same MAC and source replaced,
     * and the old runs nothing then refers to; hosts, change records and each MAC's latest observation per
     * source stay. Deletes only once something deletable is {@code batch} older than {@code before}, so that
     * deletions come in batches: each rewrites the pages it touches, and an H2 file keeps what was rewritten.
     * Cheap when nothing is that old.
     */
    Compaction compact(Instant before, java.time.Duration batch);

    /** Journals a push about to start with its planned actions; returns its id. */
    long startPush(Instant started, String target, List<JournalEntry> planned);

    /** Writes what became of some of the push's actions. */
    void recordPush(long pushId, List<org.netboxauto.core.push.ActionOutcome> outcomes, Instant at);

    void finishPush(long pushId, Instant finished);

    /** The latest push, finished or interrupted. */
    Optional<PushSummary> lastPush();

    List<JournalEntry> pushActions(long pushId);

    @Override
    void close();
}
