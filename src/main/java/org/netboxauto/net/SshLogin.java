package org.netboxauto.net;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import net.schmizz.sshj.DefaultConfig;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.sftp.OpenMode;
import net.schmizz.sshj.sftp.RemoteFile;
import net.schmizz.sshj.sftp.SFTPClient;
import net.schmizz.sshj.transport.TransportException;
import net.schmizz.sshj.userauth.UserAuthException;
import net.schmizz.sshj.userauth.keyprovider.KeyProvider;

/**
 * Logs in to a host over SSH (SSHJ) with a key, its host key checked against known_hosts, with timeouts; and
 * reads a file over SFTP up to a size. Failures say what to fix, naming the config keys in {@link Keys}.
 */
public final class SshLogin {

    public static final int CONNECT_TIMEOUT_MS = 10_000;
    public static final int READ_TIMEOUT_MS = 30_000;

    /** Where the host, key and known_hosts are configured, and what the host is called, for messages. */
    public record Keys(String prefix, String host, String port, String keyFile, String passphraseEnv,
                       String knownHosts, String machine) {
    }

    /** What to connect to: one host, one user, one key. */
    public record Target(String host, int port, String user, Path keyFile, Optional<String> passphraseEnv,
                         Path knownHosts) {
    }

    /** A login that failed, with a message an admin can act on. */
    public static final class Failure extends IOException {
        Failure(String message, Throwable cause) {
            super(message, cause);
        }

        Failure(String message) {
            super(message);
        }
    }

    private SshLogin() {
    }

    /** A connected, authenticated client; the caller closes it. */
    public static SSHClient connect(Target target, Keys keys, Function<String, String> env) throws Failure {
        String hostPort = target.host() + ":" + target.port();
        char[] passphrase = null;
        if (target.passphraseEnv().isPresent()) {
            String name = target.passphraseEnv().get();
            String value = env.apply(name);
            if (value == null) {
                throw new Failure(keys.prefix() + "." + keys.passphraseEnv() + " names " + name + ", which is not set;"
                        + " export the key's passphrase as " + name + " or remove the key");
            }
            passphrase = value.toCharArray();
        }
        KnownHostsVerifier verifier;
        try {
            verifier = new KnownHostsVerifier(target.knownHosts().toFile());
        } catch (IOException e) {
            throw new Failure(keys.prefix() + "." + keys.knownHosts() + ": cannot read " + target.knownHosts() + ": "
                    + e.getMessage(), e);
        }
        SSHClient client = new SSHClient(new DefaultConfig());
        client.addHostKeyVerifier(verifier);
        client.setConnectTimeout(CONNECT_TIMEOUT_MS);
        client.setTimeout(READ_TIMEOUT_MS);
        try {
            client.connect(target.host(), target.port());
        } catch (IOException e) {
            closeQuietly(client);
            throw connectFailure(target, keys, hostPort, verifier, e);
        }
        try {
            KeyProvider key = passphrase == null ? client.loadKeys(target.keyFile().toString())
                    : client.loadKeys(target.keyFile().toString(), passphrase);
            client.authPublickey(target.user(), key);
            return client;
        } catch (UserAuthException e) {
            closeQuietly(client);
            throw new Failure(keys.prefix() + ": " + hostPort + " did not accept the key " + target.keyFile()
                    + " for user " + target.user() + "; add its public key to that user's ~/.ssh/authorized_keys on"
                    + " the " + keys.machine(), e);
        } catch (IOException e) {
            closeQuietly(client);
            String what = e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("decrypt")
                    || e.getClass().getSimpleName().contains("Password") ? "; check the passphrase in the variable "
                    + target.passphraseEnv().orElse("named by " + keys.prefix() + "." + keys.passphraseEnv()) : "";
            throw new Failure(keys.prefix() + ": cannot log in to " + hostPort + " with " + keys.prefix() + "."
                    + keys.keyFile() + " " + target.keyFile() + ": " + e.getMessage() + what, e);
        } finally {
            if (passphrase != null) {
                Arrays.fill(passphrase, '\0');
            }
        }
    }

    private static Failure connectFailure(Target target, Keys keys, String hostPort, KnownHostsVerifier verifier,
            IOException e) {
        String refused = verifier.refused();
        String prefix = keys.prefix();
        String machine = keys.machine();
        String keyscan = "ssh-keyscan -p " + target.port() + " " + target.host() + " >> " + target.knownHosts();
        if (refused != null && verifier.revoked()) {
            return new Failure(prefix + ": the host key of " + hostPort + " (" + refused + ") is marked"
                    + " @revoked in " + target.knownHosts() + " and is never accepted; the " + machine + " needs a new"
                    + " host key (ssh-keygen -A on it after removing the old one), then add it: " + keyscan, e);
        }
        if (refused != null && verifier.changed()) {
            return new Failure(prefix + ": the host key of " + hostPort + " (" + refused + ") differs from"
                    + " the one in " + target.knownHosts() + "; if the " + machine + " was reinstalled, check this"
                    + " fingerprint on it (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub), remove the old line and add"
                    + " the new key: " + keyscan + ". Otherwise someone may be intercepting the connection", e);
        }
        if (refused != null) {
            return new Failure(prefix + ": the host key of " + hostPort + " is not in "
                    + target.knownHosts() + "; the server offered " + refused + ". Check that fingerprint on the "
                    + machine + " (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub), then add the key: " + keyscan, e);
        }
        String check = "; check " + prefix + "." + keys.host() + " and " + keys.port() + " and that sshd runs there";
        if (e instanceof TransportException) {
            return new Failure(prefix + ": SSH to " + hostPort + " failed: " + e.getMessage() + check, e);
        }
        return new Failure(prefix + ": cannot connect to " + hostPort + " (" + e.getClass().getSimpleName() + ": "
                + e.getMessage() + ")" + check, e);
    }

    /** The file's bytes, or empty when there is no such file; a file over {@code max} bytes is refused unread. */
    public static Optional<byte[]> read(SFTPClient sftp, String path, long max) throws IOException {
        if (sftp.statExistence(path) == null) {
            return Optional.empty();
        }
        try (RemoteFile file = sftp.open(path, EnumSet.of(OpenMode.READ))) {
            long length = file.length();
            if (length > max) {
                throw new BoundedInputStream.TooLarge(max, length);
            }
            try (InputStream in = file.new RemoteFileInputStream()) {
                // the file may grow between the stat and the read
                return Optional.of(BoundedInputStream.readAll(in, max));
            }
        }
    }

    public static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException | RuntimeException e) {
            // already failing; the caller reports the first error
        }
    }
}
