package org.netboxauto.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A real OpenSSH sshd on 127.0.0.1 at a free port, in its own folder: own host key, own config,
 * key authentication for the current user only, SFTP built in. Skipped (failed in CI) without sshd.
 */
public final class SshServer implements AutoCloseable {

    public static final Path SSHD = Path.of("/usr/sbin/sshd");

    private final Path dir;
    private final int port;
    private Process process;

    private SshServer(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    public static SshServer start() throws IOException, InterruptedException {
        Peers.require(Files.isExecutable(SSHD) && Files.isExecutable(Path.of("/usr/bin/ssh-keygen")),
                "OpenSSH sshd", "apt-get install openssh-server");
        Path dir = Files.createTempDirectory("netbox-auto-sshd");
        SshServer server = new SshServer(dir, ChildProcesses.freePort());
        keygen(dir.resolve("host_key"), "");
        keygen(dir.resolve("client_key"), "");
        Files.copy(dir.resolve("client_key.pub"), dir.resolve("authorized_keys"));
        Files.writeString(dir.resolve("sshd_config"), String.join("\n",
                "Port " + server.port,
                "ListenAddress 127.0.0.1",
                "HostKey " + dir.resolve("host_key"),
                "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
                "PubkeyAuthentication yes",
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                "PermitRootLogin prohibit-password",
                "StrictModes no",
                "UsePAM no",
                "PidFile " + dir.resolve("sshd.pid"),
                "Subsystem sftp internal-sftp",
                "LogLevel VERBOSE",
                ""));
        String hostKey = Files.readString(dir.resolve("host_key.pub")).strip().split(" ")[0] + " "
                + Files.readString(dir.resolve("host_key.pub")).strip().split(" ")[1];
        Files.writeString(dir.resolve("known_hosts"), "[127.0.0.1]:" + server.port + " " + hostKey + "\n");
        if (ChildProcesses.isRoot()) {
            Files.createDirectories(Path.of("/run/sshd"));
        }
        server.launch();
        return server;
    }

    static void keygen(Path file, String passphrase) throws IOException, InterruptedException {
        ChildProcesses.run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", passphrase, "-C", "netbox-auto-test",
                "-f", file.toString()));
    }

    /** A new client key with a passphrase, also authorized on this server. */
    public Path encryptedClientKey(String passphrase) throws IOException, InterruptedException {
        Path key = dir.resolve("client_key_pw");
        keygen(key, passphrase);
        Files.writeString(dir.resolve("authorized_keys"), Files.readString(key.resolveSibling("client_key_pw.pub")),
                java.nio.file.StandardOpenOption.APPEND);
        return key;
    }

    private void launch() throws IOException, InterruptedException {
        Path log = dir.resolve("sshd.log");
        process = new ProcessBuilder(SSHD.toString(), "-D", "-f", dir.resolve("sshd_config").toString(), "-E",
                log.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("sshd.out").toFile()).start();
        ChildProcesses.awaitPort(process, port, log, "sshd");
    }

    /** SIGKILL to sshd and its connection processes, as a crash or a pulled cable would. */
    public void kill() throws InterruptedException {
        ChildProcesses.killTree(process);
    }

    public void restart() throws IOException, InterruptedException {
        kill();
        launch();
    }

    public int port() {
        return port;
    }

    public String user() {
        return System.getProperty("user.name");
    }

    public Path clientKey() {
        return dir.resolve("client_key");
    }

    public Path knownHosts() {
        return dir.resolve("known_hosts");
    }

    public Path hostPublicKey() {
        return dir.resolve("host_key.pub");
    }

    public Path dir() {
        return dir;
    }

    public String log() throws IOException {
        return Files.readString(dir.resolve("sshd.log"));
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            kill();
        }
        ChildProcesses.deleteRecursively(dir);
    }
}
