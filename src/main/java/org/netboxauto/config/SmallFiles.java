package org.netboxauto.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a file that the config names and that must be small (a secret, a CA): regular files only, so a FIFO
 * or a device never blocks or streams, and at most {@code max} bytes.
 */
final class SmallFiles {

    /** The file is not one that may be read; the message names it and why. */
    static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private SmallFiles() {
    }

    static byte[] read(Path file, int max) throws IOException {
        if (!Files.exists(file)) {
            throw new Refused("cannot read " + file + ": it does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw new Refused(file + " is not a regular file (a folder, device or pipe)");
        }
        if (Files.size(file) > max) {
            throw new Refused(file + " is larger than " + (max >> 10) + " KiB");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                throw new Refused(file + " is larger than " + (max >> 10) + " KiB");
            }
            return bytes;
        }
    }
}
