package org.netboxauto.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Optional;
import org.netboxauto.config.StoreConfig;

/**
 * Tells whether another process changed the store, cheaply enough to ask every second: an H2 file is
 * opened only when its size or time changed (so the watch does not take turns on the file for nothing),
 * PostgreSQL answers one small query.
 */
public final class StoreWatch {

    /** Even an unchanged H2 file is asked now and then, in case a change slipped between a close and a look. */
    private static final Duration ASK_ANYWAY = Duration.ofSeconds(10);
    /**
     * H2 writes the file when a process closes it, this one included, 300 ms after its last read (the
     * store's linger); the file is looked at after that, so that the watch's own read is not taken for a change.
     */
    private static final Duration CLOSED_AFTER = Duration.ofMillis(450);

    private final StoreAccess stores;
    private String url;
    private String fileSignature;
    private String stamp;
    private long askedAt;

    public StoreWatch(StoreAccess stores) {
        this.stores = stores;
    }

    /** The store's change stamp; equal stamps mean nothing was written in between. */
    public synchronized String stamp(StoreConfig config) {
        StoreSettings settings = stores.settings(config);
        if (!settings.jdbcUrl().equals(url)) {
            url = settings.jdbcUrl();
            stamp = null;
            fileSignature = null;
        }
        Optional<Path> file = h2File(settings.jdbcUrl());
        String signature = file.map(StoreWatch::signature).orElse(null);
        long now = System.nanoTime();
        if (stamp != null && signature != null && signature.equals(fileSignature)
                && now - askedAt < ASK_ANYWAY.toNanos()) {
            return stamp;
        }
        try (StagingStore store = stores.open(config)) {
            stamp = store.changeStamp();
        }
        if (file.isPresent()) {
            // no other process can write while this one holds the file: what changed until the close was ours
            try {
                Thread.sleep(CLOSED_AFTER);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            signature = signature(file.get());
        }
        fileSignature = signature;
        askedAt = now;
        return stamp;
    }

    /** The {@code NAME.mv.db} of an embedded H2 URL ({@code jdbc:h2:file:PATH;OPTIONS}). */
    static Optional<Path> h2File(String jdbcUrl) {
        String prefix = "jdbc:h2:file:";
        if (!jdbcUrl.startsWith(prefix)) {
            return Optional.empty();
        }
        String path = jdbcUrl.substring(prefix.length());
        int options = path.indexOf(';');
        return Optional.of(Path.of((options < 0 ? path : path.substring(0, options)) + ".mv.db"));
    }

    private static String signature(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.lastModifiedTime().toMillis() + "/" + attributes.size();
        } catch (IOException e) {
            return "missing";
        }
    }
}
