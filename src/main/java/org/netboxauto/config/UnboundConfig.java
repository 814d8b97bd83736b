package org.netboxauto.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Unbound on a DNS host reached over SSH; netbox-auto owns one include file there. */
public record UnboundConfig(boolean enabled, Optional<String> sshHost, int sshPort, Optional<String> sshUser,
                            Optional<Path> keyFile, Optional<String> keyPassphraseEnv, Path knownHosts,
                            String includeFile, Optional<String> zone, List<String> reverseZones, int ttl,
                            Mode mode, String unboundControl, String unboundCheckconf, boolean sudo) {

    public enum Mode { RELOAD, LIVE }

    private static final String COMMAND = "[A-Za-z0-9_./-]+";

    public UnboundConfig {
        reverseZones = List.copyOf(reverseZones);
    }

    static UnboundConfig read(ConfigSection s) {
        boolean on = s.bool("enabled", false);
        Optional<String> host = ConfigFields.host(s, "ssh-host", on);
        int port = ConfigFields.port(s, "ssh-port", 22);
        Optional<String> user = on ? s.required("ssh-user", "the SSH user on the DNS host") : s.string("ssh-user");
        Optional<Path> key = on ? s.required("key-file", "the private key for SSH").map(ConfigFields::expandHome)
                : ConfigFields.path(s, "key-file");
        key.filter(k -> on && !java.nio.file.Files.isReadable(k))
                .ifPresent(k -> s.errorAt("key-file", "cannot read " + k + "; fix the path or its permissions"));
        Optional<String> passEnv = s.string("key-passphrase-env");
        passEnv.filter(v -> !v.matches("[A-Za-z_][A-Za-z0-9_]*")).ifPresent(v ->
                s.errorAt("key-passphrase-env", "\"" + v + "\" is not an environment variable name"));
        Path knownHosts = ConfigFields.path(s, "known-hosts").orElse(ConfigFields.expandHome("~/.ssh/known_hosts"));
        if (on && !java.nio.file.Files.isReadable(knownHosts)) {
            s.errorAt("known-hosts", "cannot read " + knownHosts + "; add the DNS host's key with ssh-keyscan,"
                    + " check its fingerprint, and point known-hosts at that file");
        }
        String include = s.string("include-file").orElse("/etc/unbound/unbound.conf.d/netbox-auto.conf");
        if (!include.startsWith("/") || !include.matches(COMMAND)) {
            s.errorAt("include-file", "\"" + include + "\" is not an absolute path of plain characters");
        }
        Optional<String> zone = DnsNames.zone(s, "zone", on);
        List<String> reverse = DnsNames.reverseZones(s);
        int ttl = s.integer("ttl", 3600, 0, Integer.MAX_VALUE);
        Mode mode = ConfigFields.choice(s, "mode", Mode.class, Mode.RELOAD);
        String control = command(s, "unbound-control");
        String checkconf = command(s, "unbound-checkconf");
        boolean sudo = s.bool("sudo", false);
        s.reportUnknownKeys();
        return new UnboundConfig(on, host, port, user, key, passEnv, knownHosts, include, zone, reverse, ttl, mode,
                control, checkconf, sudo);
    }

    private static String command(ConfigSection s, String key) {
        String value = s.string(key).orElse(key);
        if (!value.matches(COMMAND)) {
            s.errorAt(key, "\"" + value + "\" is not a plain command path; expected e.g. /usr/sbin/" + key);
            return key;
        }
        return value;
    }
}
