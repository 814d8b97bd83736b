package org.netboxauto.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings an H2 file whose last process did not close it (killed, crashed, power cut) to its newest
 * complete state before H2 opens it.
 * <p>
 * H2 2.2 and later write the file header right after a chunk that is not where the previous chunk
 * predicted, but name the previous chunk in it. After a kill, H2's own recovery starts at that
 * chunk, cannot follow the chain to the newer ones and silently opens the older state: every
 * commit since is gone (ADR 0017). A full scan (MVStore's recovery mode) finds every complete
 * chunk; closing the store then writes a clean header that names the newest.
 * <p>
 * Only for a file this process does not hold open: the header is read through a descriptor of
 * its own, and closing any descriptor drops the operating-system lock of every other one.
 */
final class H2Recovery {

    /** What {@link #recoverIfUnclean} found. */
    enum Outcome { CLEAN, RECOVERED, IN_USE, NOT_RECOVERED }

    private static final Logger LOG = LoggerFactory.getLogger(H2Recovery.class);
    private static final int HEADER_BLOCK = 4096;
    private static final Pattern CLEAN_MARK = Pattern.compile("(^|,)clean:1(,|$)");

    private H2Recovery() {
    }

    static Outcome recoverIfUnclean(Path file, String display) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) < 2L * HEADER_BLOCK || closedCleanly(file)) {
                return Outcome.CLEAN;
            }
        } catch (IOException e) {
            LOG.debug("Could not read the header of {}", display, e);
            return Outcome.NOT_RECOVERED; // H2's own open says what is wrong with the file
        }
        long start = System.nanoTime();
        long size = file.toFile().length();
        try (MVStore store = new MVStore.Builder().fileName(file.toString()).recoveryMode().autoCommitDisabled()
                .open()) {
            LOG.warn("The staging store {} was not closed by the last process that wrote to it (it was killed or"
                    + " crashed); found its newest complete state (version {}) in {} ms by reading its {} MB", display,
                    store.getCurrentVersion(), (System.nanoTime() - start) / 1_000_000, size >> 20);
            return Outcome.RECOVERED;
        } catch (MVStoreException e) {
            if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
                return Outcome.IN_USE;
            }
            LOG.debug("Recovering {} failed; H2 opens it as it is", display, e);
            return Outcome.NOT_RECOVERED;
        }
    }

    /** H2 marks the header {@code clean:1} on a normal close, in both copies, and drops it at the next write. */
    static boolean closedCleanly(Path file) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(2 * HEADER_BLOCK);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            while (header.hasRemaining() && channel.read(header, header.position()) > 0) {
                // read both header blocks
            }
        }
        String first = headerLine(header.array(), 0);
        return first.equals(headerLine(header.array(), HEADER_BLOCK)) && CLEAN_MARK.matcher(first).find();
    }

    private static String headerLine(byte[] bytes, int from) {
        int end = from;
        while (end < from + HEADER_BLOCK && bytes[end] != '\n' && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, from, end - from, StandardCharsets.ISO_8859_1);
    }
}
