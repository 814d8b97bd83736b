package org.netboxauto.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.netboxauto.config.Secret;
import org.netboxauto.service.StoreUnavailableException;

/**
 * The random password of an H2 store, kept in {@code NAME.password} (0600) beside the store in its
 * private folder. Created once, before the store itself, and never changed after.
 */
final class StorePassword {

    private static final int BYTES = 24;
    private static final int MAX_LENGTH = 1024;

    private StorePassword() {
    }

    /** Reads the store's password, creating the file when there is none yet. */
    static Secret readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            if (Files.size(file) > MAX_LENGTH || !Files.isRegularFile(file)) {
                throw new StoreUnavailableException("The staging store's password file " + file
                        + " is not a small regular file. Move it away; it is recreated only for a new store.");
            }
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (text.isEmpty()) {
                throw new StoreUnavailableException("The staging store's password file " + file + " is empty."
                        + " Restore it from your backup, or delete it together with the store to start afresh.");
            }
            return new Secret(text);
        } catch (IOException e) {
            throw new StoreUnavailableException("Cannot read the staging store's password file " + file + " ("
                    + e.getMessage() + "). Check the permissions of its folder.", e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] random = new byte[BYTES];
        new SecureRandom().nextBytes(random);
        Path temp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        Files.writeString(temp, HexFormat.of().formatHex(random) + "\n", StandardCharsets.UTF_8);
        StoreFolder.makePrivate(temp);
        try {
            // A link never replaces a file another process created first: both then use that one.
            Files.createLink(file, temp);
        } catch (FileAlreadyExistsException raced) {
            // the other process's password wins
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
