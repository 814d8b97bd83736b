package org.netboxauto.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who runs a discovery run: host, PID and the process's start time (a PID alone is reused). A run
 * still "running" whose process on this host is gone was killed and is marked interrupted.
 */
final class RunOwner {

    private static final Logger LOG = LoggerFactory.getLogger(RunOwner.class);
    static final String CURRENT = of(ProcessHandle.current());

    private RunOwner() {
    }

    private static String of(ProcessHandle process) {
        long started = process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        return host() + " " + process.pid() + " " + started;
    }

    /** Marks the runs of dead processes on this host interrupted; returns their ids. */
    static List<Long> interruptDeadRuns(Connection connection, boolean localOnlyStore) throws SQLException {
        List<Long> dead = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT id, owner FROM discovery_run WHERE status = 'running'");
             ResultSet rows = st.executeQuery()) {
            while (rows.next()) {
                String owner = rows.getString(2);
                if (owner == null ? localOnlyStore : isDeadHere(owner)) {
                    dead.add(rows.getLong(1));
                }
            }
        }
        if (dead.isEmpty()) {
            return dead;
        }
        try (PreparedStatement st = connection.prepareStatement("UPDATE discovery_run SET status = 'interrupted',"
                + " finished_at = ? WHERE id = ? AND status = 'running'")) {
            for (long id : dead) {
                JdbcBatches.setTime(st, 1, Instant.now());
                st.setLong(2, id);
                st.executeUpdate();
            }
        }
        LOG.warn("Discovery run(s) {} were cut short (their process ended without finishing them); marked interrupted",
                dead);
        return dead;
    }

    private static boolean isDeadHere(String owner) {
        String[] parts = owner.split(" ");
        if (parts.length != 3 || !parts[0].equals(host())) {
            return false;
        }
        try {
            long pid = Long.parseLong(parts[1]);
            long started = Long.parseLong(parts[2]);
            Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
            return process.isEmpty() || !of(process.get()).equals(owner) && started != 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String host() {
        try {
            Path kernel = Path.of("/proc/sys/kernel/hostname");
            if (Files.isReadable(kernel)) {
                return Files.readString(kernel).strip();
            }
        } catch (IOException e) {
            LOG.debug("Cannot read the host name", e);
        }
        return Optional.ofNullable(System.getenv("COMPUTERNAME")).or(() -> Optional.ofNullable(System.getenv("HOSTNAME")))
                .orElse("localhost");
    }
}
