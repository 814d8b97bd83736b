package org.netboxauto.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Secret files that only their owner can read, created so from the first byte. */
final class SecretFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private SecretFiles() {
    }

    /** {@code sources.routeros[0].password} becomes {@code sources.routeros-0.password.secret}. */
    static String name(String keyPath) {
        return keyPath.replace("[", "-").replace("]", "") + ".secret";
    }

    static void write(Path file, org.netboxauto.config.Secret secret) throws IOException {
        createPrivate(file);
        Files.writeString(file, secret.reveal() + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** Creates {@code file} with mode 0600, or makes an existing one 0600 before it is rewritten. */
    static void createPrivate(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (FileAlreadyExistsException e) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        } catch (UnsupportedOperationException e) {
            // Windows: files in the user's profile inherit its private ACL
            Files.createFile(file);
        }
    }
}
