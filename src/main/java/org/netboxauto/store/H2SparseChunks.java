package org.netboxauto.store;

import java.sql.Connection;
import java.util.Optional;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rewrites the live pages of the H2 file's sparsest chunks into a new one, as H2's background writer
 * would if the store ran one (ADR 42).
 * <p>
 * H2 writes every commit as a new chunk of pages and reuses a chunk's space only once none of its pages
 * is live. A network whose hosts keep changing leaves behind each run a chunk whose few still-live pages
 * (a head bucket, a host row) keep the rest of it from being reused, and the file grows by about the
 * size of a run's writes every run. The store closes its file after each turn without H2's compaction
 * on close (ADR 16: a kill during its moving of chunks lost data), and with {@code WRITE_DELAY=0} no
 * background writer runs, so nothing else ever rewrites them. Rewriting is an ordinary commit: the old
 * chunks stay whole until H2's retention time has passed and a later process opens the file.
 */
final class H2SparseChunks {

    private static final Logger LOG = LoggerFactory.getLogger(H2SparseChunks.class);
    /** Chunks at most this full (percent live) are rewritten, while the file as a whole is below it. */
    static final int FILL_RATE = 50;
    /** Live bytes moved per pass; a pass ends in one commit. */
    private static final int PASS_BYTES = 4 << 20;
    private static final long BUDGET_NANOS = 300_000_000L;

    private H2SparseChunks() {
    }

    /** Bytes written to move live pages out of sparse chunks; 0 when the file is not H2's or dense enough. */
    static long rewrite(Connection connection, String display) {
        Optional<org.h2.mvstore.db.Store> embedded = H2EmbeddedStore.of(connection);
        if (embedded.isEmpty()) {
            return 0;
        }
        MVStore store = embedded.get().getMvStore();
        FileStore<?> file = store.getFileStore();
        int before = file.getChunksFillRate();
        if (before >= FILL_RATE) {
            return 0;
        }
        long written = writtenBytes(file);
        long start = System.nanoTime();
        try {
            while (System.nanoTime() - start < BUDGET_NANOS && store.compact(FILL_RATE, PASS_BYTES)) {
                store.commit();
            }
        } catch (RuntimeException e) {
            LOG.warn("Rewriting the mostly unused parts of the staging store {} failed; the run is stored, and the"
                    + " file may stay larger until a later run rewrites them: {}", display, e.getMessage());
        }
        long moved = writtenBytes(file) - written;
        LOG.debug("Staging store {}: chunks {} % live before, {} % after; {} KB rewritten in {} ms", display, before,
                file.getChunksFillRate(), moved >> 10, (System.nanoTime() - start) / 1_000_000);
        return moved;
    }

    private static long writtenBytes(FileStore<?> file) {
        long[] bytes = new long[1];
        file.populateInfo((key, value) -> {
            if (key.equals("info.FILE_WRITE_BYTES")) {
                bytes[0] = Long.parseLong(value);
            }
        });
        return bytes[0];
    }
}
