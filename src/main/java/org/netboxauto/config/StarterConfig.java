package org.netboxauto.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes the documented example configuration as a user's starting point, never over a file. */
public final class StarterConfig {

    private static final String RESOURCE = "config.example.conf";

    private StarterConfig() {
    }

    /** @throws FileAlreadyExistsException when {@code target} exists: it is left untouched */
    public static Path write(Path target) throws IOException {
        Path file = target.toAbsolutePath();
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString(), null, "exists and was not overwritten");
        }
        Files.createDirectories(file.getParent());
        byte[] text;
        try (InputStream in = StarterConfig.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("the starter configuration is missing from this build");
            }
            text = in.readAllBytes();
        }
        // CREATE_NEW: a file appearing since the check above is still not overwritten
        Files.write(file, text, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        restrictToOwner(file);
        return file;
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Windows: the file inherits the user's profile ACL, which is private already
        }
    }
}
