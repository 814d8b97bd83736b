package org.netboxauto.dns.unbound;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import net.schmizz.sshj.DefaultConfig;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.connection.channel.direct.Session;
import net.schmizz.sshj.sftp.OpenMode;
import net.schmizz.sshj.sftp.RemoteFile;
import net.schmizz.sshj.sftp.SFTPClient;
import net.schmizz.sshj.transport.TransportException;
import net.schmizz.sshj.userauth.UserAuthException;
import net.schmizz.sshj.userauth.keyprovider.KeyProvider;
import org.netboxauto.config.UnboundConfig;
import org.netboxauto.dns.DnsTargetException;

/** The DNS host over SSH (SSHJ): key authentication, host key checked against known_hosts, timeouts. */
final class SshRemoteHost implements RemoteHost {

    static final int CONNECT_TIMEOUT_MS = 10_000;
    static final int READ_TIMEOUT_MS = 30_000;
    static final long COMMAND_TIMEOUT_S = 120;
    private static final int WRITE_CHUNK = 32 * 1024;
    private static final long MAX_FILE = 64L * 1024 * 1024;
    private static final String TARGET = "dns.unbound";

    private final SSHClient client;
    private final SFTPClient sftp;
    private final String hostPort;

    private SshRemoteHost(SSHClient client, SFTPClient sftp, String hostPort) {
        this.client = client;
        this.sftp = sftp;
        this.hostPort = hostPort;
    }

    static SshRemoteHost connect(UnboundConfig config, Function<String, String> env) throws DnsTargetException {
        String host = config.sshHost().orElseThrow(() -> new DnsTargetException(TARGET + ".ssh-host is not set"));
        String user = config.sshUser().orElseThrow(() -> new DnsTargetException(TARGET + ".ssh-user is not set"));
        Path keyFile = config.keyFile().orElseThrow(() -> new DnsTargetException(TARGET + ".key-file is not set"));
        String hostPort = host + ":" + config.sshPort();
        char[] passphrase = null;
        if (config.keyPassphraseEnv().isPresent()) {
            String name = config.keyPassphraseEnv().get();
            String value = env.apply(name);
            if (value == null) {
                throw new DnsTargetException(TARGET + ".key-passphrase-env names " + name + ", which is not set;"
                        + " export the key's passphrase as " + name + " or remove the key");
            }
            passphrase = value.toCharArray();
        }
        KnownHostsVerifier verifier;
        try {
            verifier = new KnownHostsVerifier(config.knownHosts().toFile());
        } catch (IOException e) {
            throw new DnsTargetException(TARGET + ".known-hosts: cannot read " + config.knownHosts() + ": "
                    + e.getMessage(), e);
        }
        SSHClient client = new SSHClient(new DefaultConfig());
        client.addHostKeyVerifier(verifier);
        client.setConnectTimeout(CONNECT_TIMEOUT_MS);
        client.setTimeout(READ_TIMEOUT_MS);
        try {
            client.connect(host, config.sshPort());
        } catch (IOException e) {
            closeQuietly(client);
            throw connectFailure(config, hostPort, verifier, e);
        }
        try {
            KeyProvider key = passphrase == null ? client.loadKeys(keyFile.toString())
                    : client.loadKeys(keyFile.toString(), passphrase);
            client.authPublickey(user, key);
            return new SshRemoteHost(client, client.newSFTPClient(), hostPort);
        } catch (UserAuthException e) {
            closeQuietly(client);
            throw new DnsTargetException(TARGET + ": " + hostPort + " did not accept the key " + keyFile + " for user "
                    + user + "; add its public key to that user's ~/.ssh/authorized_keys on the DNS host", e);
        } catch (IOException e) {
            closeQuietly(client);
            String what = e.getMessage() != null && e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("decrypt")
                    || e.getClass().getSimpleName().contains("Password") ? "; check the passphrase in the variable "
                    + config.keyPassphraseEnv().orElse("named by " + TARGET + ".key-passphrase-env") : "";
            throw new DnsTargetException(TARGET + ": cannot log in to " + hostPort + " with " + TARGET + ".key-file "
                    + keyFile + ": " + e.getMessage() + what, e);
        } finally {
            if (passphrase != null) {
                java.util.Arrays.fill(passphrase, '\0');
            }
        }
    }

    private static DnsTargetException connectFailure(UnboundConfig config, String hostPort, KnownHostsVerifier verifier,
            IOException e) {
        String refused = verifier.refused();
        String host = config.sshHost().orElseThrow();
        String keyscan = "ssh-keyscan -p " + config.sshPort() + " " + host + " >> " + config.knownHosts();
        if (refused != null && verifier.revoked()) {
            return new DnsTargetException(TARGET + ": the host key of " + hostPort + " (" + refused + ") is marked"
                    + " @revoked in " + config.knownHosts() + " and is never accepted; the DNS host needs a new host"
                    + " key (ssh-keygen -A on it after removing the old one), then add it: " + keyscan, e);
        }
        if (refused != null && verifier.changed()) {
            return new DnsTargetException(TARGET + ": the host key of " + hostPort + " (" + refused + ") differs from"
                    + " the one in " + config.knownHosts() + "; if the DNS host was reinstalled, check this fingerprint"
                    + " on it (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub), remove the old line and add the new key: "
                    + keyscan + ". Otherwise someone may be intercepting the connection", e);
        }
        if (refused != null) {
            return new DnsTargetException(TARGET + ": the host key of " + hostPort + " is not in "
                    + config.knownHosts() + "; the server offered " + refused + ". Check that fingerprint on the DNS"
                    + " host (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub), then add the key: " + keyscan, e);
        }
        if (e instanceof TransportException) {
            return new DnsTargetException(TARGET + ": SSH to " + hostPort + " failed: " + e.getMessage()
                    + "; check " + TARGET + ".ssh-host and ssh-port and that sshd runs there", e);
        }
        return new DnsTargetException(TARGET + ": cannot connect to " + hostPort + " (" + e.getClass().getSimpleName()
                + ": " + e.getMessage() + "); check " + TARGET + ".ssh-host and ssh-port and that sshd runs there", e);
    }

    @Override
    public Optional<byte[]> read(String path) throws IOException {
        if (sftp.statExistence(path) == null) {
            return Optional.empty();
        }
        try (RemoteFile file = sftp.open(path, EnumSet.of(OpenMode.READ))) {
            long length = file.length();
            if (length > MAX_FILE) {
                throw new IOException(path + " on " + hostPort + " is " + length + " bytes, more than netbox-auto"
                        + " ever writes");
            }
            try (InputStream in = file.new RemoteFileInputStream()) {
                return Optional.of(in.readAllBytes());
            }
        }
    }

    @Override
    public void write(String path, byte[] content) throws IOException {
        RemoteFile file = sftp.open(path, EnumSet.of(OpenMode.WRITE, OpenMode.CREAT, OpenMode.TRUNC));
        OutputStream out = file.new RemoteFileOutputStream(0, 16);
        try {
            // one SFTP write per call: OpenSSH's sftp-server drops the connection on a message over 256 KiB
            for (int off = 0; off < content.length; off += WRITE_CHUNK) {
                out.write(content, off, Math.min(WRITE_CHUNK, content.length - off));
            }
        } catch (IOException | RuntimeException e) {
            // after a dropped connection SSHJ's close throws the very exception being handled, which
            // try-with-resources cannot add to itself: report the write's own error
            closeQuietly(out);
            closeQuietly(file);
            throw e;
        }
        out.close();
        file.close();
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException | RuntimeException e) {
            // already failing; the caller reports the first error
        }
    }

    @Override
    public Result run(String command, byte[] stdin) throws IOException {
        try (Session session = client.startSession()) {
            Session.Command cmd = session.exec(command);
            try (OutputStream in = cmd.getOutputStream()) {
                in.write(stdin);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Thread outDrain = drain(cmd.getInputStream(), out);
            Thread errDrain = drain(cmd.getErrorStream(), err);
            cmd.join(COMMAND_TIMEOUT_S, TimeUnit.SECONDS);
            try {
                outDrain.join(java.time.Duration.ofSeconds(5));
                errDrain.join(java.time.Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while running a command on " + hostPort, e);
            }
            Integer exit = cmd.getExitStatus();
            if (exit == null) {
                throw new IOException("no exit status within " + COMMAND_TIMEOUT_S + " s from \"" + command + "\" on "
                        + hostPort);
            }
            return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    private static Thread drain(InputStream from, ByteArrayOutputStream to) {
        return Thread.ofVirtual().name("ssh-command-output").start(() -> {
            try {
                from.transferTo(to);
            } catch (IOException e) {
                // the exit status tells what happened
            }
        });
    }

    @Override
    public void close() {
        // after a dropped connection SSHJ throws the very exception the caller is handling again, which
        // try-with-resources cannot add to itself; a close has nothing left to report
        try {
            sftp.close();
        } catch (IOException | RuntimeException ignored) {
            // the connection is gone or going; the caller reports what failed
        } finally {
            closeQuietly(client);
        }
    }
}
