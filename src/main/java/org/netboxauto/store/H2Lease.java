package org.netboxauto.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.netboxauto.service.FileSignature;
import org.netboxauto.service.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds an H2 file open only while this process reads or writes it (plus a short linger), so that
 * several processes take turns on one file without a TCP server. H2 locks the file with an
 * operating-system lock, which dies with a killed process. A process that finds the file in use
 * says at once whom it waits for, and gives up with a clear message after {@code maxWait}.
 */
final class H2Lease {

    /** Opens one connection to the file; fails with H2's "already in use" while another process has it. */
    interface Connector {
        Connection connect() throws SQLException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(H2Lease.class);
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    private static final Duration LINGER = Duration.ofMillis(300);
    private static final Duration FAIR_SHARE = Duration.ofSeconds(1);
    private static final Duration YIELD = Duration.ofMillis(250);
    private static final Duration WAITER_FRESH = Duration.ofSeconds(2);
    /** H2 files this process has open, with how many leases hold each: H2 shares one open file per process. */
    private static final Map<Path, Integer> HELD_HERE = new HashMap<>();
    /** Each H2 file's close mark, time and size just after this process last closed it. */
    private static final Map<Path, String> AFTER_OWN_CLOSE = new HashMap<>();

    private final StoreFiles files;
    private final String display;
    private final Connector connector;
    private final ScheduledExecutorService timer;
    private final Duration maxWait;
    private Connection keeper;
    private int users;
    private long heldSince;
    private long yieldUntil;
    private ScheduledFuture<?> pendingClose;
    private String activity = "";
    private boolean announced;

    H2Lease(StoreFiles files, String display, Connector connector, ScheduledExecutorService timer, Duration maxWait) {
        this.files = files;
        this.display = display;
        this.connector = connector;
        this.timer = timer;
        this.maxWait = maxWait;
    }

    /** What this process does with the store, shown to a process that waits for it. */
    synchronized void activity(String text) {
        activity = text;
        if (keeper != null) {
            StoreHolder.write(files.holder(), activity);
        }
    }

    synchronized void acquire() {
        if (pendingClose != null) {
            pendingClose.cancel(false);
            pendingClose = null;
        }
        if (keeper == null) {
            keeper = open();
            heldSince = System.nanoTime();
            StoreHolder.write(files.holder(), activity);
        }
        users++;
    }

    synchronized void release() {
        if (--users > 0 || keeper == null) {
            return;
        }
        if (othersWait() && System.nanoTime() - heldSince > FAIR_SHARE.toNanos()) {
            // another process has been waiting while this one kept the file busy: let it in
            closeKeeper();
            yieldUntil = System.nanoTime() + YIELD.toNanos();
        } else {
            pendingClose = timer.schedule(this::closeIfIdle, LINGER.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Lets go of the file now unless an operation is running. */
    synchronized void closeIfIdle() {
        if (users == 0 && keeper != null) {
            closeKeeper();
        }
    }

    private void closeKeeper() {
        StoreHolder.clear(files.holder());
        synchronized (HELD_HERE) {
            String mark = StoreCloseMark.write(files.closeMark());
            try {
                keeper.close();
            } catch (SQLException e) {
                LOG.debug("Closing the staging store {} failed", display, e);
            }
            HELD_HERE.computeIfPresent(files.database(), (file, leases) -> leases > 1 ? leases - 1 : null);
            if (!HELD_HERE.containsKey(files.database())) {
                // H2 writes the file as it closes it; looked at before another process can take its turn
                AFTER_OWN_CLOSE.put(files.database(), mark + " " + FileSignature.of(files.database()));
            }
        }
        keeper = null;
    }

    /** The file is not held here and is as this process's last close left it. */
    static boolean untouchedSinceOwnClose(Path database) {
        synchronized (HELD_HERE) {
            return !HELD_HERE.containsKey(database)
                    && (StoreCloseMark.read(new StoreFiles(database).closeMark()) + " " + FileSignature.of(database))
                            .equals(AFTER_OWN_CLOSE.get(database));
        }
    }

    /**
     * Another process has the file locked (H2 locks a file as it creates it). Never asked through a
     * descriptor while this process holds the file: closing it would drop this process's own lock (ADR 0016).
     */
    static boolean lockedByAnotherProcess(Path database) throws java.io.IOException {
        synchronized (HELD_HERE) {
            if (HELD_HERE.containsKey(database)) {
                return false;
            }
            try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(database,
                    java.nio.file.StandardOpenOption.READ)) {
                java.nio.channels.FileLock lock = channel.tryLock(0, Long.MAX_VALUE, true);
                if (lock == null) {
                    return true;
                }
                lock.release();
                return false;
            }
        }
    }

    /** Connects, after recovering a file its last process left unclosed; empty while another process has it. */
    private Optional<Connection> connect() throws SQLException {
        synchronized (HELD_HERE) {
            if (!HELD_HERE.containsKey(files.database())
                    && H2Recovery.recoverIfUnclean(files.database(), display) == H2Recovery.Outcome.IN_USE) {
                return Optional.empty();
            }
            boolean opensTheDatabase = !HELD_HERE.containsKey(files.database());
            Connection connection = connector.connect();
            if (opensTheDatabase) {
                try {
                    H2CommittedLeftovers.finish(connection, display);
                } catch (RuntimeException e) {
                    connection.close();
                    throw e;
                }
            }
            HELD_HERE.merge(files.database(), 1, Integer::sum);
            return Optional.of(connection);
        }
    }

    private Connection open() {
        pause(yieldUntil - System.nanoTime());
        long start = System.nanoTime();
        boolean saidThisTime = false;
        while (true) {
            try {
                Optional<Connection> connection = connect();
                if (connection.isPresent()) {
                    return connection.get();
                }
            } catch (SQLException e) {
                if (!inUse(e)) {
                    throw new H2OpenFailure(e);
                }
            }
            String holder = StoreHolder.describe(files.holder()).orElse("another netbox-auto process");
            markWaiting();
            long waited = System.nanoTime() - start;
            if (waited > maxWait.toNanos()) {
                throw new StoreUnavailableException("The staging store " + display + " is in use by " + holder
                        + ", which did not let go of it within " + maxWait.toSeconds() + " s. Wait for it to finish,"
                        + " or stop it, then try again. Nothing was changed.");
            }
            if (!saidThisTime) {
                // said once in words; later turns of the same process are only logged
                if (announced) {
                    LOG.info("Waiting for the staging store {}: in use by {}", display, holder);
                } else {
                    LOG.warn("Waiting for the staging store {}: it is in use by {} (giving up after {} s)", display,
                            holder, maxWait.toSeconds());
                }
                announced = true;
                saidThisTime = true;
            }
            pause(TimeUnit.MILLISECONDS.toNanos(ThreadLocalRandom.current().nextLong(40, 120)));
        }
    }

    private static boolean inUse(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                return true;
            }
        }
        return false;
    }

    private void markWaiting() {
        try {
            if (Files.exists(files.waiting())) {
                Files.setLastModifiedTime(files.waiting(), FileTime.from(Instant.now()));
            } else {
                Files.createFile(files.waiting());
                StoreFolder.makePrivate(files.waiting());
            }
        } catch (IOException e) {
            LOG.debug("Could not mark {} as waited for", display, e);
        }
    }

    private boolean othersWait() {
        try {
            FileTime touched = Files.getLastModifiedTime(files.waiting());
            return touched.toInstant().isAfter(Instant.now().minus(WAITER_FRESH));
        } catch (IOException e) {
            return false;
        }
    }

    private static void pause(long nanos) {
        if (nanos <= 0) {
            return;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("Interrupted while waiting for the staging store.", e);
        }
    }

    /** A failure to open the file other than "in use", for the opener to explain. */
    static final class H2OpenFailure extends RuntimeException {
        H2OpenFailure(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
