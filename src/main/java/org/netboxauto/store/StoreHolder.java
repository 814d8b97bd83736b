package org.netboxauto.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which netbox-auto process has an H2 store open, and what it does there ("discover run 17"), so
 * that another process can say whom it waits for. A holder whose process is gone is ignored.
 */
final class StoreHolder {

    private static final Logger LOG = LoggerFactory.getLogger(StoreHolder.class);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private StoreHolder() {
    }

    /** Records this process as the holder; the file is private like the rest of the folder. */
    static void write(Path file, String activity) {
        Properties p = new Properties();
        p.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        p.setProperty("activity", activity);
        p.setProperty("since", Instant.now().toString());
        try {
            Path temp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            try (var out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                p.store(out, null);
            }
            StoreFolder.makePrivate(temp);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.debug("Could not record this process as the store's holder in {}", file, e);
        }
    }

    /** Clears the holder if it is still this process. */
    static void clear(Path file) {
        if (read(file).map(h -> h.pid() == ProcessHandle.current().pid()).orElse(false)) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.debug("Could not clear the store's holder {}", file, e);
            }
        }
    }

    /** "netbox-auto discover run 17 (PID 4242, since 08:01:02)", when that process is alive. */
    static Optional<String> describe(Path file) {
        return read(file).filter(h -> h.pid() != ProcessHandle.current().pid()
                && ProcessHandle.of(h.pid()).map(ProcessHandle::isAlive).orElse(false))
                .map(h -> (h.activity().isBlank() ? "netbox-auto" : "netbox-auto " + h.activity()) + " (PID "
                        + h.pid() + ", since " + CLOCK.format(h.since()) + ")");
    }

    private record Holder(long pid, String activity, Instant since) {
    }

    private static Optional<Holder> read(Path file) {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            return Optional.of(new Holder(Long.parseLong(p.getProperty("pid")), p.getProperty("activity", "?"),
                    Instant.parse(p.getProperty("since"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
