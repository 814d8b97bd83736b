package org.netboxauto.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.netboxauto.service.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder of an H2 store is its owner's alone: created 0700, tightened to 0700 when it was
 * opened wider, refused when that cannot be done. Its files are made 0600.
 */
final class StoreFolder {

    private static final Logger LOG = LoggerFactory.getLogger(StoreFolder.class);
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private StoreFolder() {
    }

    /** Creates or tightens the folder and its files; refuses a folder others can use that cannot be fixed. */
    static void secure(StoreFiles files, String display) {
        Path folder = files.folder();
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder);
                setPermissions(folder, FOLDER);
            }
        } catch (IOException e) {
            throw new StoreUnavailableException("Cannot create the folder " + folder + " for the staging store "
                    + display + " (" + e.getMessage() + "). Check its permissions or choose another data folder.", e);
        }
        try {
            Set<PosixFilePermission> now = posixPermissions(folder);
            if (now == null) {
                return;
            }
            if (!FOLDER.containsAll(now)) {
                Files.setPosixFilePermissions(folder, FOLDER);
                LOG.warn("The staging store's folder {} was open to other users ({}); made it private (rwx------)",
                        folder, PosixFilePermissions.toString(now));
            }
        } catch (IOException | SecurityException e) {
            throw new StoreUnavailableException("The folder " + folder + " of the staging store " + display
                    + " can be read by other users, and netbox-auto cannot make it private (" + e.getMessage()
                    + "). Run: chmod 700 " + folder + " — or set store.url to a store in a folder of your own."
                    + " The store was not opened.", e);
        }
        try (DirectoryStream<Path> content = Files.newDirectoryStream(folder,
                files.sibling("").getFileName() + "*")) {
            for (Path f : content) {
                if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    makePrivate(f);
                }
            }
        } catch (IOException e) {
            LOG.debug("Could not list {} to make the store's files private", folder, e);
        }
    }

    private static Set<PosixFilePermission> posixPermissions(Path path) throws IOException {
        try {
            return Files.getPosixFilePermissions(path);
        } catch (UnsupportedOperationException notPosix) {
            return null;
        }
    }

    static void makePrivate(Path file) {
        try {
            setPermissions(file, FILE);
        } catch (IOException e) {
            LOG.debug("Could not make {} private", file, e);
        }
    }

    /**
     * By path, never through a file descriptor: closing any descriptor of the store file would drop
     * the operating-system lock this process holds on it (POSIX record locks are per process), and
     * another process could then open the file at the same time.
     */
    private static void setPermissions(Path path, Set<PosixFilePermission> permissions) throws IOException {
        try {
            if (!Files.getPosixFilePermissions(path).equals(permissions)) {
                Files.setPosixFilePermissions(path, permissions);
            }
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the user's profile folder is private already
        }
    }

    /** H2 locks a file it creates right after creating it: an empty file unlocked for longer was cut. */
    static final java.time.Duration CREATION_GRACE = java.time.Duration.ofMillis(500);

    /**
     * An empty store file is a cut file, never a new store: H2 would start an empty one over it. An empty
     * file another process has locked is that process creating the store: it is waited for as any holder is.
     */
    static void refuseEmpty(StoreFiles files) {
        Path db = files.database();
        try {
            while (Files.isRegularFile(db) && Files.size(db) == 0 && !H2Lease.lockedByAnotherProcess(db)) {
                java.time.Instant written = Files.getLastModifiedTime(db).toInstant();
                if (written.plus(CREATION_GRACE).isBefore(java.time.Instant.now())) {
                    throw new StoreUnavailableException("The staging store file " + db + " is empty (0 bytes): it"
                            + " was cut, e.g. by a full disk or a crash while it was created. Restore it from your"
                            + " backup, or delete it to start with an empty store (earlier runs and review decisions"
                            + " are then gone). It was left as it is.");
                }
                Thread.sleep(50);
            }
        } catch (IOException e) {
            throw new StoreUnavailableException("Cannot read the staging store file " + db + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("Opening the staging store " + db + " was interrupted while another"
                    + " process created it; try again");
        }
    }

    /** Copies an unreadable store file (which no process could open) aside; returns the copy. */
    static Path keepCopy(StoreFiles files) throws IOException {
        Path db = files.database();
        Path copy = files.sibling(".unreadable-" + LocalDateTime.now().format(
                DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".mv.db");
        Files.copy(db, copy, StandardCopyOption.COPY_ATTRIBUTES);
        makePrivate(copy);
        return copy;
    }
}
