package org.netboxauto.dns.unbound;

import java.io.IOException;
import java.util.Optional;

/** The DNS host as the Unbound target uses it: files over SFTP and fixed commands. The seam tests record. */
interface RemoteHost extends AutoCloseable {

    /** The file's bytes, or empty when there is no such file. */
    Optional<byte[]> read(String path) throws IOException;

    /** Creates or truncates {@code path} and writes {@code content}. */
    void write(String path, byte[] content) throws IOException;

    /** Runs one command line (a fixed string, see UnboundTarget) with {@code stdin}, waiting for its exit. */
    Result run(String command, byte[] stdin) throws IOException;

    @Override
    void close() throws IOException;

    record Result(int exit, String out, String err) {
    }

    /** Opens a connection. */
    @FunctionalInterface
    interface Opener {
        RemoteHost open() throws org.netboxauto.dns.DnsTargetException;
    }
}
