package org.netboxauto.discovery.scan;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The few libpcap calls the ARP prober makes, through the FFM API: loading them takes a tenth of
 * the time pcap4j and JNA took (which unpacked a native library on every start).
 */
final class Libpcap {

    static final int PCAP_D_IN = 1;
    private static final Linker LINKER = Linker.nativeLinker();

    final MethodHandle create;
    final MethodHandle setSnaplen;
    final MethodHandle setPromisc;
    final MethodHandle setTimeout;
    final MethodHandle setImmediateMode;
    final MethodHandle setBufferSize;
    final MethodHandle activate;
    final MethodHandle compile;
    final MethodHandle setFilter;
    final MethodHandle freeCode;
    final MethodHandle setDirection;
    final MethodHandle setNonBlock;
    final MethodHandle sendPacket;
    final MethodHandle nextEx;
    final MethodHandle getErr;
    final MethodHandle close;
    private final String version;

    private Libpcap(SymbolLookup lib) throws Throwable {
        FunctionDescriptor handleInt = FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT);
        create = handle(lib, "pcap_create", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
        setSnaplen = handle(lib, "pcap_set_snaplen", handleInt);
        setPromisc = handle(lib, "pcap_set_promisc", handleInt);
        setTimeout = handle(lib, "pcap_set_timeout", handleInt);
        setImmediateMode = handle(lib, "pcap_set_immediate_mode", handleInt);
        setBufferSize = handle(lib, "pcap_set_buffer_size", handleInt);
        activate = handle(lib, "pcap_activate", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        compile = handle(lib, "pcap_compile", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_INT,
                JAVA_INT));
        setFilter = handle(lib, "pcap_setfilter", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
        freeCode = handle(lib, "pcap_freecode", FunctionDescriptor.ofVoid(ADDRESS));
        setDirection = handle(lib, "pcap_setdirection", handleInt);
        setNonBlock = handle(lib, "pcap_setnonblock", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS));
        sendPacket = handle(lib, "pcap_sendpacket", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
        nextEx = handle(lib, "pcap_next_ex", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS));
        getErr = handle(lib, "pcap_geterr", FunctionDescriptor.of(ADDRESS, ADDRESS));
        close = handle(lib, "pcap_close", FunctionDescriptor.ofVoid(ADDRESS));
        MethodHandle libVersion = handle(lib, "pcap_lib_version", FunctionDescriptor.of(ADDRESS));
        version = ((MemorySegment) libVersion.invokeExact()).reinterpret(256).getString(0);
    }

    /** libpcap as this system names it, or the reason it could not be loaded. */
    static Libpcap load() throws LinkageError {
        return Loaded.LIBPCAP.orElseThrow(() -> new LinkageError("libpcap not found (looked for "
                + String.join(", ", names()) + ")"));
    }

    String version() {
        return version;
    }

    /** The text of the last error on {@code pcap}. */
    String error(MemorySegment pcap) {
        try {
            return ((MemorySegment) getErr.invokeExact(pcap)).reinterpret(512).getString(0);
        } catch (Throwable e) {
            return "unknown libpcap error";
        }
    }

    private static MethodHandle handle(SymbolLookup lib, String name, FunctionDescriptor descriptor) {
        return LINKER.downcallHandle(lib.find(name).orElseThrow(() -> new LinkageError("libpcap has no " + name)),
                descriptor);
    }

    private static List<String> names() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return List.of(System.getenv().getOrDefault("SystemRoot", "C:\\Windows") + "\\System32\\Npcap\\wpcap.dll",
                    "wpcap.dll");
        }
        if (os.contains("mac")) {
            return List.of("libpcap.A.dylib", "libpcap.dylib");
        }
        return List.of("libpcap.so.1", "libpcap.so.0.8", "libpcap.so");
    }

    /** Loaded once per process. */
    private static final class Loaded {
        static final Optional<Libpcap> LIBPCAP = loadFirst();

        private static Optional<Libpcap> loadFirst() {
            for (String name : names()) {
                try {
                    return Optional.of(new Libpcap(SymbolLookup.libraryLookup(name, Arena.global())));
                } catch (Throwable e) {
                    // the next name
                }
            }
            return Optional.empty();
        }
    }
}
