package org.netboxauto.discovery.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Whether this process may send raw frames: root or CAP_NET_RAW, and libpcap loadable. Windows
 * needs Npcap and an administrator; macOS needs read-write access to /dev/bpf*.
 */
interface RawAccess {

    /** Empty when raw access works, otherwise the reason it does not, in words an admin can act on. */
    Optional<String> missing();

    RawAccess SYSTEM = () -> Warm.CHECK.join();

    /**
     * Starts the check in the background: loading libpcap costs a tenth of a second or more on a busy machine, which then overlaps
     * with whatever the run does before the sweep (opening the store).
     */
    static void warmUp() {
        Warm.CHECK.isDone();
    }

    /** The one check of this process, started on first use. */
    final class Warm {
        static final CompletableFuture<Optional<String>> CHECK = CompletableFuture.supplyAsync(RawAccess::check,
                r -> Thread.ofVirtual().name("libpcap-check").start(r));

        private Warm() {
        }
    }

    private static Optional<String> check() {
        if (!hasNetRaw()) {
            return Optional.of("not root and without CAP_NET_RAW (grant it with: setcap cap_net_raw+ep on the java"
                    + " binary, or run as root)");
        }
        try {
            Libpcap.load();
            return Optional.empty();
        } catch (LinkageError e) {
            return Optional.of("libpcap cannot be loaded (" + e.getMessage()
                    + "); install it: Debian/Ubuntu libpcap0.8, Fedora libpcap, Windows Npcap");
        }
    }

    private static boolean hasNetRaw() {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return "root".equals(System.getProperty("user.name"));
        }
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("CapEff:")) {
                    long caps = Long.parseUnsignedLong(line.substring(7).trim(), 16);
                    return (caps & (1L << 13)) != 0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return false;
        }
        return false;
    }
}
