package org.netboxauto.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** A file's modification time and size in one string: equal signatures mean nobody wrote the file in between. */
public final class FileSignature {

    private FileSignature() {
    }

    public static String of(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS) + "/"
                    + attributes.size();
        } catch (IOException e) {
            return "missing";
        }
    }
}
