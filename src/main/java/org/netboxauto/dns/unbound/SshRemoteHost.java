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
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.connection.channel.direct.Session;
import net.schmizz.sshj.sftp.OpenMode;
import net.schmizz.sshj.sftp.RemoteFile;
import net.schmizz.sshj.sftp.SFTPClient;
import org.netboxauto.config.UnboundConfig;
import org.netboxauto.dns.DnsTargetException;
import org.netboxauto.net.BoundedInputStream;
import org.netboxauto.net.SshLogin;

/** The DNS host over SSH (SSHJ): key authentication, host key checked against known_hosts, timeouts. */
final class SshRemoteHost implements RemoteHost {

    static final long COMMAND_TIMEOUT_S = 120;
    private static final int WRITE_CHUNK = 32 * 1024;
    private static final long MAX_FILE = 64L * 1024 * 1024;
    private static final String TARGET = "dns.unbound";
    private static final SshLogin.Keys KEYS = new SshLogin.Keys(TARGET, "ssh-host", "ssh-port", "key-file",
            "key-passphrase-env", "known-hosts", "DNS host");

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
        SshLogin.Target target = new SshLogin.Target(host, config.sshPort(), user, keyFile, config.keyPassphraseEnv(),
                config.knownHosts());
        SSHClient client;
        try {
            client = SshLogin.connect(target, KEYS, env);
        } catch (SshLogin.Failure e) {
            throw new DnsTargetException(e.getMessage(), e.getCause() == null ? e : e.getCause());
        }
        try {
            return new SshRemoteHost(client, client.newSFTPClient(), host + ":" + config.sshPort());
        } catch (IOException e) {
            closeQuietly(client);
            throw new DnsTargetException(TARGET + ": " + host + ":" + config.sshPort() + " refused SFTP: "
                    + e.getMessage() + "; enable the sftp subsystem in its sshd_config", e);
        }
    }

    @Override
    public Optional<byte[]> read(String path) throws IOException {
        try {
            return SshLogin.read(sftp, path, MAX_FILE);
        } catch (BoundedInputStream.TooLarge e) {
            throw new IOException(path + " on " + hostPort + " is larger than netbox-auto ever writes ("
                    + e.getMessage() + ")", e);
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
        SshLogin.closeQuietly(closeable);
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
