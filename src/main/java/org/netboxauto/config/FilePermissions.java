package org.netboxauto.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;

/** Warns about files holding secrets that other users can read (POSIX systems only). */
final class FilePermissions {

    private FilePermissions() {
    }

    static Optional<String> warnIfReadableByOthers(Path file) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ)) {
                return Optional.of(file + " can be read by other users; run: chmod 600 " + file);
            }
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system (Windows): ACLs are out of scope here
        }
        return Optional.empty();
    }
}
