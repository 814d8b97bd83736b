package org.netboxauto.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server from Debian's binaries, one per test JVM: its own cluster in a temp
 * folder, listening on 127.0.0.1 at a free port with its socket in that folder, password auth.
 * Stopped and deleted when the JVM exits.
 */
public final class PostgresServer {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresServer.class);
    private static final String SUPERUSER = "postgres";
    private static final String PASSWORD = "store-test-pw-7f3a";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PostgresServer shared;

    private final Path binDir;
    private final Path root;
    private final int port;

    private PostgresServer(Path binDir, Path root, int port) {
        this.binDir = binDir;
        this.root = root;
        this.port = port;
    }

    /** The running server; skips the test (fails in CI) when PostgreSQL is not installed. */
    public static synchronized PostgresServer shared() throws IOException, InterruptedException {
        Optional<Path> bin = findBinDir();
        Peers.require(bin.isPresent(), "PostgreSQL server", "apt-get install postgresql");
        if (shared == null) {
            shared = start(bin.get());
            PostgresServer server = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(server::stopQuietly, "postgres-test-stop"));
        }
        return shared;
    }

    static Optional<Path> findBinDir() throws IOException {
        Path base = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(base)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(base)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(PostgresServer::majorVersion));
        }
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static PostgresServer start(Path bin) throws IOException, InterruptedException {
        long begin = System.nanoTime();
        Path root = Files.createTempDirectory("netbox-auto-pg");
        Path passwordFile = root.resolve("pwfile");
        Files.writeString(passwordFile, PASSWORD + "\n");
        int port = freePort();
        PostgresServer server = new PostgresServer(bin, root, port);
        if (isRoot()) {
            giveToPostgresUser(root);
        }
        server.run("initdb", "-D", root.resolve("data").toString(), "-U", SUPERUSER, "-E", "UTF8",
                "--auth=scram-sha-256", "--pwfile=" + passwordFile, "--no-sync");
        server.run("pg_ctl", "-D", root.resolve("data").toString(), "-l", root.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -k " + root + " -c listen_addresses=127.0.0.1 -c fsync=off",
                "start");
        LOG.info("PostgreSQL test server ({}) on 127.0.0.1:{} ready in {} ms", bin.getParent().getFileName(), port,
                (System.nanoTime() - begin) / 1_000_000);
        return server;
    }

    public int port() {
        return port;
    }

    public String user() {
        return SUPERUSER;
    }

    public String password() {
        return PASSWORD;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** A new, empty database on this server; its name. */
    public String createDatabase() throws SQLException {
        String name = "store_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, PASSWORD);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return name;
    }

    private void run(String tool, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (isRoot()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(binDir.resolve(tool).toString());
        command.addAll(List.of(args));
        Path log = Files.createTempFile("pg-" + tool, ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(tool + " did not finish in 120 s");
            }
            if (process.exitValue() != 0) {
                throw new IOException(tool + " failed (" + process.exitValue() + "): " + Files.readString(log));
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private void stopQuietly() {
        try {
            run("pg_ctl", "-D", root.resolve("data").toString(), "-m", "immediate", "-w", "stop");
        } catch (IOException | InterruptedException e) {
            LOG.warn("Could not stop the PostgreSQL test server in {}: {}", root, e.getMessage());
        }
        try {
            deleteRecursively(root);
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", root, e.getMessage());
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    // PostgreSQL refuses to run as root, so the cluster belongs to the postgres user.
    private static void giveToPostgresUser(Path root) throws IOException {
        UserPrincipalLookupService lookup = root.getFileSystem().getUserPrincipalLookupService();
        GroupPrincipal group = lookup.lookupPrincipalByGroupName("postgres");
        for (Path p : List.of(root, root.resolve("pwfile"))) {
            PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class);
            view.setOwner(lookup.lookupPrincipalByName("postgres"));
            view.setGroup(group);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.isDirectory(path) && !Files.isSymbolicLink(path)) {
            try (DirectoryStream<Path> children = Files.newDirectoryStream(path)) {
                for (Path child : children) {
                    deleteRecursively(child);
                }
            }
        }
        Files.deleteIfExists(path);
    }
}
