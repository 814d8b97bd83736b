package org.netboxauto.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fresh random mark that each process writes beside an H2 store just before it closes the file, while it
 * still holds the file's lock: the mark found there names the last process that had the file. A watch can
 * then tell another process's write from its own even where the file's time ticks once a second or the
 * file keeps its size (docs/adr/0020).
 */
final class StoreCloseMark {

    private static final Logger LOG = LoggerFactory.getLogger(StoreCloseMark.class);

    private StoreCloseMark() {
    }

    /** Writes a new mark and returns it. */
    static String write(Path file) {
        String mark = ProcessHandle.current().pid() + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong());
        try {
            Path temp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            Files.writeString(temp, mark, StandardCharsets.UTF_8);
            StoreFolder.makePrivate(temp);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.debug("Could not mark the close of the store in {}", file, e);
            return "unwritten";
        }
        return mark;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "missing";
        }
    }
}
