package org.netboxauto.discovery.snmp;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.netboxauto.testsupport.Peers;

/**
 * snmpsimd (Debian {@code snmpsim}) serving the real switch recordings on a loopback port, with
 * two SNMPv3 users (SHA-256 + AES-128, SHA-1 + AES-256 with the Blumenthal key extension SNMP4J uses); the community (v1/v2c) or context (v3) is the recording's file name.
 */
final class SnmpSim implements AutoCloseable {

    static final String V3_USER = "netbox";
    static final String V3_SHA1_USER = "netbox-sha1";
    static final String V3_AUTH = "auth-secret-1";
    static final String V3_PRIV = "priv-secret-1";
    private static final Path SNMPSIMD = Path.of("/usr/bin/snmpsimd");
    private static final Path WORK = Path.of("/tmp/netbox-auto-snmpsim");

    private final Process process;
    private final int port;

    private SnmpSim(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static List<String> recordingNames() throws IOException {
        try (Stream<Path> files = Files.list(recordingsDir())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".snmprec"))
                    .map(n -> n.substring(0, n.length() - ".snmprec".length())).sorted().toList();
        }
    }

    /** The recordings copied from testdata/snmp (see its README there), or NETBOX_AUTO_SNMP_TESTDATA. */
    static Path recordingsDir() {
        String dir = System.getenv("NETBOX_AUTO_SNMP_TESTDATA");
        if (dir != null) {
            return Path.of(dir);
        }
        try {
            return Path.of(SnmpSim.class.getResource("/snmp/README.md").toURI()).getParent();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path resource(String name) {
        try {
            return Path.of(SnmpSim.class.getResource(name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Starts snmpsimd for the recordings, plus {@code aliases} (extra community name, recording: a name among the
     * recordings, or a classpath resource such as {@code /snmp-ipv6/ipv6-lab.snmprec}).
     */
    static SnmpSim start(String cacheName, List<String[]> aliases) throws IOException, InterruptedException {
        return start(cacheName, aliases, List.of());
    }

    /** As {@link #start(String, List)}, serving also these recordings of our own (test resources). */
    static SnmpSim start(String cacheName, List<String[]> aliases, List<Path> own)
            throws IOException, InterruptedException {
        Peers.require(Files.isExecutable(SNMPSIMD), "snmpsimd", "apt-get install -y snmpsim snmp");
        Peers.require(Files.isDirectory(recordingsDir()), "the SNMP recordings", "expected in " + recordingsDir());
        Path data = WORK.resolve("data-" + cacheName);
        Path cache = WORK.resolve("cache-" + cacheName);
        Files.createDirectories(data);
        Files.createDirectories(cache);
        for (String name : recordingNames()) {
            copy(recordingsDir().resolve(name + ".snmprec"), data.resolve(name + ".snmprec"));
        }
        for (Path p : own) {
            copy(p, data.resolve(p.getFileName()));
        }
        for (String[] alias : aliases) {
            copy(alias[1].startsWith("/") ? resource(alias[1])
                    : recordingsDir().resolve(alias[1] + ".snmprec"), data.resolve(alias[0] + ".snmprec"));
        }
        for (Path p : List.of(WORK, data, cache)) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxrwxrwx"));
        }
        int port = freeUdpPort();
        Path log = WORK.resolve("snmpsimd-" + cacheName + ".log");
        List<String> command = new ArrayList<>(List.of(SNMPSIMD.toString(), "--data-dir=" + data, "--cache-dir=" + cache,
                "--agent-udpv4-endpoint=127.0.0.1:" + port, "--process-user=nobody", "--process-group=nogroup",
                "--v3-user=" + V3_USER, "--v3-auth-key=" + V3_AUTH, "--v3-auth-proto=SHA256",
                "--v3-priv-key=" + V3_PRIV, "--v3-priv-proto=AES",
                "--v3-user=" + V3_SHA1_USER, "--v3-auth-key=" + V3_AUTH, "--v3-auth-proto=SHA",
                "--v3-priv-key=" + V3_PRIV, "--v3-priv-proto=AES256BLMT"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("snmpsimd ended at start; see " + log);
            }
            if (Files.exists(log) && Files.readString(log).contains("Listening at UDP/IPv4 endpoint")) {
                return new SnmpSim(process, port);
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IOException("snmpsimd did not start listening within 120 s; see " + log);
    }

    static SnmpSim start(String cacheName) throws IOException, InterruptedException {
        return start(cacheName, List.of());
    }

    int port() {
        return port;
    }

    private static void copy(Path from, Path to) throws IOException {
        if (!Files.exists(to) || Files.size(to) != Files.size(from)
                || Files.getLastModifiedTime(to).compareTo(Files.getLastModifiedTime(from)) < 0) {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rw-r--r--"));
    }

    private static int freeUdpPort() throws IOException {
        try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
