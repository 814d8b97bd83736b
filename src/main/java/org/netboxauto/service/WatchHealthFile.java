package org.netboxauto.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code watch.state} in the data folder: the watcher writes it after every run, {@code status} reads it. */
public final class WatchHealthFile {

    private static final Logger LOG = LoggerFactory.getLogger(WatchHealthFile.class);

    private final Path file;

    public WatchHealthFile(Path dataDir) {
        this.file = dataDir.resolve("watch.state");
    }

    public Path file() {
        return file;
    }

    void write(WatchHealth h) {
        Properties p = new Properties();
        p.setProperty("pid", Long.toString(h.pid()));
        p.setProperty("started", h.started().toString());
        p.setProperty("every", h.every().toString());
        h.lastRun().ifPresent(t -> p.setProperty("last-run", t.toString()));
        h.lastStatus().ifPresent(s -> p.setProperty("last-status", s));
        h.lastRunId().ifPresent(id -> p.setProperty("last-run-id", Long.toString(id)));
        p.setProperty("next", h.next().toString());
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            try (var out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                p.store(out, "netbox-auto watch; read by netbox-auto status");
            }
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the folder's own permissions apply
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Could not write the watch state to {}: {}; status will not show this watcher", file,
                    e.getMessage());
        }
    }

    /** The last state a watcher wrote, with whether that process still runs; empty when none ever ran here. */
    public Optional<WatchHealth> read() {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            long pid = Long.parseLong(p.getProperty("pid"));
            return Optional.of(new WatchHealth(pid, Instant.parse(p.getProperty("started")),
                    Duration.parse(p.getProperty("every")),
                    Optional.ofNullable(p.getProperty("last-run")).map(Instant::parse),
                    Optional.ofNullable(p.getProperty("last-status")),
                    Optional.ofNullable(p.getProperty("last-run-id")).map(Long::parseLong),
                    Instant.parse(p.getProperty("next")),
                    ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
