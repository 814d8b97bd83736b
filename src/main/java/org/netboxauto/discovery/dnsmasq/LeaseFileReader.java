package org.netboxauto.discovery.dnsmasq;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.sftp.SFTPClient;
import org.netboxauto.config.DnsmasqSource;
import org.netboxauto.config.SshAccess;
import org.netboxauto.discovery.CollectorContext;
import org.netboxauto.discovery.CollectorException;
import org.netboxauto.net.BoundedInputStream;
import org.netboxauto.net.SshLogin;

/** Reads the lease file, on this machine or over SFTP, never more than {@link #MAX_FILE} bytes. */
final class LeaseFileReader {

    /** A lease line is under 200 bytes: this is over 150,000 leases, far more than dnsmasq's dhcp-lease-max. */
    static final long MAX_FILE = 32L << 20;

    private final DnsmasqSource source;
    private final String prefix;
    private final String key;

    LeaseFileReader(DnsmasqSource source, String sourceId, String key) {
        this.source = source;
        this.prefix = sourceId + " (" + key + "): ";
        this.key = key;
    }

    /** Where the file is, for messages: {@code /var/lib/misc/dnsmasq.leases on pihole:22}. */
    String where() {
        return source.path().map(Path::toString).orElseGet(() -> source.leaseFile() + " on "
                + source.ssh().map(s -> s.host() + ":" + s.port()).orElse("?"));
    }

    /** The file's bytes as two reads in a row saw them ({@link StableRead}). */
    byte[] read(CollectorContext context, Function<String, String> env) throws CollectorException,
            InterruptedException {
        if (source.path().isPresent()) {
            return StableRead.of(() -> local(source.path().get()));
        }
        SshAccess ssh = source.ssh().orElseThrow(() -> new CollectorException(prefix + "neither path nor ssh is set"));
        SshLogin.Keys keys = new SshLogin.Keys(ssh.keyPrefix(), "host", "port", "key-file", "key-passphrase-env",
                "known-hosts", "dnsmasq host");
        SshLogin.Target target = new SshLogin.Target(ssh.host(), ssh.port(), ssh.user(), ssh.keyFile(),
                ssh.keyPassphraseEnv(), ssh.knownHosts());
        try (SSHClient client = SshLogin.connect(target, keys, env)) {
            context.onCancel(client);
            try (SFTPClient sftp = client.newSFTPClient()) {
                return StableRead.of(() -> remote(sftp, ssh));
            }
        } catch (SshLogin.Failure e) {
            throw new CollectorException(prefix + e.getMessage(), e);
        } catch (IOException e) {
            throw new CollectorException(prefix + "cannot open SFTP on " + ssh.host() + ":" + ssh.port() + ": "
                    + e.getMessage() + "; enable the sftp subsystem in its sshd_config", e);
        }
    }

    private byte[] remote(SFTPClient sftp, SshAccess ssh) throws CollectorException {
        try {
            Optional<byte[]> bytes = SshLogin.read(sftp, source.leaseFile(), MAX_FILE);
            return bytes.orElseThrow(() -> new CollectorException(prefix + where() + " does not exist; check "
                    + key + ".lease-file (Pi-hole: /etc/pihole/dhcp.leases) and that dnsmasq serves DHCP"));
        } catch (BoundedInputStream.TooLarge e) {
            throw new CollectorException(prefix + where() + " was refused: " + e.getMessage() + "; check " + key
                    + ".lease-file names the lease file", e);
        } catch (IOException e) {
            throw new CollectorException(prefix + "cannot read " + where() + " over SFTP: " + e.getMessage()
                    + "; check " + key + ".lease-file and that " + ssh.user() + " may read it", e);
        }
    }

    private byte[] local(Path file) throws CollectorException {
        try {
            if (!Files.isRegularFile(file)) {
                throw new CollectorException(prefix + file + (Files.exists(file) ? " is not a regular file"
                        : " does not exist") + "; check " + key + ".path (Pi-hole: /etc/pihole/dhcp.leases)");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return BoundedInputStream.readAll(in, MAX_FILE);
            }
        } catch (BoundedInputStream.TooLarge e) {
            throw new CollectorException(prefix + file + " was refused: " + e.getMessage() + "; check " + key
                    + ".path names the lease file", e);
        } catch (NoSuchFileException e) {
            throw new CollectorException(prefix + file + " does not exist; check " + key + ".path", e);
        } catch (IOException e) {
            throw new CollectorException(prefix + "cannot read " + file + ": " + e.getMessage()
                    + "; check its permissions", e);
        }
    }
}
