package org.netboxauto.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a secret from {@code key} (usually ${?ENV_VAR}) or from the file named by {@code key-file}. */
final class SecretReader {

    private SecretReader() {
    }

    static Optional<Secret> read(ConfigSection s, String key) {
        String fileKey = key + "-file";
        boolean inline = s.has(key);
        boolean fromFile = s.has(fileKey);
        if (inline && fromFile) {
            s.errorAt(key, "is set together with " + fileKey + "; set one of them");
            return Optional.empty();
        }
        if (fromFile) {
            return ConfigFields.path(s, fileKey).flatMap(p -> readFile(s, fileKey, p));
        }
        if (!inline) {
            return Optional.empty();
        }
        // never echo the value: this may be a password
        Optional<String> text = s.string(key);
        if (text.isPresent() && text.get().isEmpty()) {
            s.errorAt(key, "is empty; set it, or remove it and set " + fileKey);
            return Optional.empty();
        }
        return text.map(Secret::new);
    }

    /** Like {@link #read} but reports a problem when neither key is set. */
    static Optional<Secret> required(ConfigSection s, String key, String why) {
        Optional<Secret> secret = read(s, key);
        if (secret.isEmpty() && !s.has(key) && !s.has(key + "-file")) {
            s.problems().error(s.keyPath(key), "is required " + why + "; set " + key
                    + " = ${?ENV_VAR} or " + key + "-file = \"/path/to/file\"");
        }
        return secret;
    }

    /** A secret file holds one token or password; anything larger is the wrong file. */
    static final int MAX_BYTES = 64 << 10;

    private static Optional<Secret> readFile(ConfigSection s, String fileKey, Path file) {
        try {
            String text = new String(SmallFiles.read(file, MAX_BYTES), StandardCharsets.UTF_8).strip();
            if (text.isEmpty()) {
                s.errorAt(fileKey, "file " + file + " is empty; write the secret into it");
                return Optional.empty();
            }
            FilePermissions.warnIfReadableByOthers(file)
                    .ifPresent(w -> s.warningAt(fileKey, w));
            return Optional.of(new Secret(text));
        } catch (SmallFiles.Refused e) {
            s.errorAt(fileKey, e.getMessage() + "; a secret file holds only the secret");
            return Optional.empty();
        } catch (IOException e) {
            s.errorAt(fileKey, "cannot read " + file + " (no permission, or a read error); fix its permissions"
                    + " or the path");
            return Optional.empty();
        }
    }
}
