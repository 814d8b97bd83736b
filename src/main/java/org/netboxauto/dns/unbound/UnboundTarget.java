package org.netboxauto.dns.unbound;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.netboxauto.config.UnboundConfig;
import org.netboxauto.core.dns.DnsChange;
import org.netboxauto.core.dns.DnsChanges;
import org.netboxauto.core.dns.DnsRecord;
import org.netboxauto.core.dns.DnsState;
import org.netboxauto.core.dns.DnsZones;
import org.netboxauto.dns.DnsTarget;
import org.netboxauto.dns.DnsTargetException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Unbound on a DNS host reached over SSH. Its records are whatever the include file holds; an update
 * writes a new file beside it, keeps a copy of the old one, renames the new one over it (atomic on one
 * file system), checks the whole configuration with unbound-checkconf and reloads, or in live mode
 * feeds the changed names to unbound-control local_datas. Any failure puts the old file back.
 *
 * <p>Every command is a fixed string built from config values that UnboundConfig validated as plain
 * paths and from this class's own file names; record data goes only into the file and to stdin.
 */
public final class UnboundTarget implements DnsTarget {

    static final String TARGET = "dns.unbound";
    private static final Logger LOG = LoggerFactory.getLogger(UnboundTarget.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UnboundConfig config;
    private final RemoteHost.Opener opener;
    private final DnsZones zones;

    UnboundTarget(UnboundConfig config, RemoteHost.Opener opener) {
        this.config = config;
        this.opener = opener;
        this.zones = new DnsZones(TARGET, config.zone().orElseThrow(() ->
                new IllegalArgumentException(TARGET + ".zone is not set")), config.reverseZones(), config.ttl());
    }

    /** Over SSH; {@code env} gives the key's passphrase from the variable key-passphrase-env names. */
    public static UnboundTarget overSsh(UnboundConfig config, Function<String, String> env) {
        return new UnboundTarget(config, () -> SshRemoteHost.connect(config, env));
    }

    @Override
    public String target() {
        return TARGET;
    }

    @Override
    public String where() {
        return "unbound at " + hostPort() + " " + config.includeFile();
    }

    @Override
    public DnsZones zones() {
        return zones;
    }

    private String hostPort() {
        return config.sshHost().orElse("?") + ":" + config.sshPort();
    }

    @Override
    public DnsState read() throws DnsTargetException {
        try (RemoteHost host = opener.open()) {
            return DnsState.of(current(host).records());
        } catch (IOException e) {
            throw failure("cannot read " + config.includeFile(), e);
        }
    }

    private record Current(boolean exists, List<DnsRecord> records) {
    }

    private Current current(RemoteHost host) throws IOException, DnsTargetException {
        Optional<byte[]> bytes = host.read(config.includeFile());
        if (bytes.isEmpty()) {
            return new Current(false, List.of());
        }
        UnboundIncludeFile.Parsed parsed = UnboundIncludeFile.parse(new String(bytes.get(), StandardCharsets.UTF_8));
        if (parsed.refusal().isPresent()) {
            throw new DnsTargetException(TARGET + ": " + config.includeFile() + " on " + hostPort()
                    + " was not written by netbox-auto (" + parsed.refusal().get() + "), so it is left alone; move"
                    + " it away or set " + TARGET + ".include-file to a file netbox-auto may own");
        }
        return new Current(true, parsed.records());
    }

    @Override
    public void apply(List<DnsChange> changes) throws DnsTargetException {
        if (changes.isEmpty()) {
            return;
        }
        try (RemoteHost host = opener.open()) {
            Current current = current(host);
            DnsChanges.Outcome outcome = DnsChanges.apply(current.records(), changes);
            if (!outcome.conflicts().isEmpty()) {
                throw new DnsTargetException(TARGET + ": " + config.includeFile() + " on " + hostPort()
                        + " changed since the preview, nothing was written: " + String.join("; ", outcome.conflicts())
                        + ". Preview the push again");
            }
            if (outcome.pending().isEmpty()) {
                return;
            }
            replace(host, current.exists(), outcome);
        } catch (IOException e) {
            throw failure("the update failed", e);
        }
    }

    private void replace(RemoteHost host, boolean existed, DnsChanges.Outcome outcome)
            throws IOException, DnsTargetException {
        String file = config.includeFile();
        String fresh = file + ".netbox-auto-new";
        String backup = file + ".netbox-auto-old";
        byte[] content = UnboundIncludeFile.render(outcome.records()).getBytes(StandardCharsets.UTF_8);
        if (config.sudo()) {
            String upload = "/tmp/netbox-auto-" + HexFormat.of().formatHex(RANDOM.generateSeed(8)) + ".conf";
            host.write(upload, content);
            try {
                must(host, sudo("cp " + upload + " " + fresh), "copy the new file into place");
            } finally {
                host.run("rm -f " + upload, new byte[0]);
            }
        } else {
            host.write(fresh, content);
        }
        if (existed) {
            must(host, sudo("cp -p " + file + " " + backup), "keep a copy of the current file");
        }
        must(host, sudo("mv -f " + fresh + " " + file), "rename the new file into place");
        RemoteHost.Result check = host.run(sudo(config.unboundCheckconf()), new byte[0]);
        if (check.exit() != 0) {
            restore(host, existed, file, backup);
            throw new DnsTargetException(TARGET + ": " + config.unboundCheckconf() + " on " + hostPort()
                    + " rejected the configuration with the new records (" + summary(check) + "); the previous "
                    + file + " was put back and Unbound was not reloaded. Fix the Unbound configuration on the DNS"
                    + " host, then push again");
        }
        Optional<String> activated = activate(host, outcome);
        if (activated.isPresent()) {
            restore(host, existed, file, backup);
            host.run(sudo(config.unboundControl() + " reload"), new byte[0]);
            throw new DnsTargetException(TARGET + ": " + activated.get() + " on " + hostPort() + "; the previous "
                    + file + " was put back. Check that Unbound runs and that " + config.unboundControl()
                    + " can reach it (remote-control in unbound.conf), then push again");
        }
        if (existed) {
            host.run(sudo("rm -f " + backup), new byte[0]);
        }
        LOG.info("{}: wrote {} records to {} on {}", TARGET, outcome.records().size(), file, hostPort());
    }

    /** Makes the running Unbound serve the new file; the failure, if any. */
    private Optional<String> activate(RemoteHost host, DnsChanges.Outcome outcome) throws IOException {
        String control = config.unboundControl();
        if (config.mode() == UnboundConfig.Mode.RELOAD) {
            RemoteHost.Result reload = host.run(sudo(control + " reload"), new byte[0]);
            if (reload.exit() != 0) {
                return Optional.of(control + " reload failed (" + summary(reload) + ")");
            }
            // reload answers before Unbound re-reads its configuration; status answers once it serves again
            RemoteHost.Result status = host.run(sudo(control + " status"), new byte[0]);
            return status.exit() == 0 ? Optional.empty() : Optional.of("Unbound did not come back after " + control
                    + " reload (" + summary(status) + ")");
        }
        Set<String> names = new LinkedHashSet<>();
        outcome.pending().forEach(c -> names.add(c.subject().name()));
        List<String> data = new ArrayList<>();
        outcome.records().stream().filter(r -> names.contains(r.name())).forEach(r ->
                data.add(UnboundIncludeFile.rr(r)));
        RemoteHost.Result remove = host.run(sudo(control + " local_datas_remove"), lines(names));
        if (remove.exit() != 0) {
            return Optional.of(control + " local_datas_remove failed (" + summary(remove) + ")");
        }
        if (!data.isEmpty()) {
            RemoteHost.Result add = host.run(sudo(control + " local_datas"), lines(data));
            if (add.exit() != 0 || add.out().contains("error")) {
                return Optional.of(control + " local_datas failed (" + summary(add) + ")");
            }
        }
        return Optional.empty();
    }

    private void restore(RemoteHost host, boolean existed, String file, String backup) throws IOException {
        String command = existed ? "mv -f " + backup + " " + file : "rm -f " + file;
        RemoteHost.Result result = host.run(sudo(command), new byte[0]);
        if (result.exit() != 0) {
            LOG.error("{}: could not put the previous {} back on {} ({}); it is in {}", TARGET, file, hostPort(),
                    summary(result), backup);
        }
    }

    private void must(RemoteHost host, String command, String what) throws IOException, DnsTargetException {
        RemoteHost.Result result = host.run(command, new byte[0]);
        if (result.exit() != 0) {
            throw new DnsTargetException(TARGET + ": could not " + what + " on " + hostPort() + " (" + summary(result)
                    + "); the Unbound records were not changed. Check that user " + config.sshUser().orElse("?")
                    + " may write " + config.includeFile() + (config.sudo() ? " through sudo -n" : " (or set "
                    + TARGET + ".sudo = true)"));
        }
    }

    private String sudo(String command) {
        return config.sudo() ? "sudo -n " + command : command;
    }

    private static byte[] lines(Iterable<String> lines) {
        StringBuilder out = new StringBuilder();
        lines.forEach(l -> out.append(l).append('\n'));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Exit status and the first lines of the tool's own output, control characters removed. */
    private static String summary(RemoteHost.Result result) {
        String text = (result.err() + "\n" + result.out()).strip().replaceAll("[\\p{Cntrl}&&[^\n]]", "");
        String[] lines = text.split("\n");
        String shown = String.join(" | ", java.util.Arrays.copyOf(lines, Math.min(3, lines.length)));
        if (shown.length() > 300) {
            shown = shown.substring(0, 300) + "...";
        }
        return "exit " + result.exit() + (shown.isBlank() ? "" : ": " + shown);
    }

    private DnsTargetException failure(String what, IOException e) {
        return new DnsTargetException(TARGET + ": " + what + " on " + hostPort() + " (" + e.getMessage() + "); if a"
                + " file was being replaced, " + config.includeFile() + " holds the old or the new records, never"
                + " part of them. Check the SSH connection, then push again", e);
    }
}
