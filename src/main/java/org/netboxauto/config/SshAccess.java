package org.netboxauto.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A host reached over SSH with a key, its host key checked against {@code knownHosts}.
 *
 * @param keyPrefix the config key of this block, e.g. {@code sources.dnsmasq[0].ssh}, named in errors
 */
public record SshAccess(String host, int port, String user, Path keyFile, Optional<String> keyPassphraseEnv,
                        Path knownHosts, String keyPrefix) {

    /** The keys of an {@code ssh { host, port, user, key-file, key-passphrase-env, known-hosts }} block. */
    static Optional<SshAccess> read(ConfigSection s, String what) {
        Optional<String> host = ConfigFields.host(s, "host", true);
        int port = ConfigFields.port(s, "port", 22);
        Optional<String> user = s.required("user", "the SSH user on " + what);
        Optional<Path> key = s.required("key-file", "the private key for SSH").map(ConfigFields::expandHome);
        key.filter(k -> !Files.isReadable(k))
                .ifPresent(k -> s.errorAt("key-file", "cannot read " + k + "; fix the path or its permissions"));
        Optional<String> passEnv = s.string("key-passphrase-env");
        passEnv.filter(v -> !v.matches("[A-Za-z_][A-Za-z0-9_]*")).ifPresent(v ->
                s.errorAt("key-passphrase-env", "\"" + v + "\" is not an environment variable name"));
        Path knownHosts = ConfigFields.path(s, "known-hosts").orElse(ConfigFields.expandHome("~/.ssh/known_hosts"));
        if (!Files.isReadable(knownHosts)) {
            s.errorAt("known-hosts", "cannot read " + knownHosts + "; add the host's key with ssh-keyscan, check its"
                    + " fingerprint, and point known-hosts at that file");
        }
        s.reportUnknownKeys();
        if (host.isEmpty() || user.isEmpty() || key.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SshAccess(host.get(), port, user.get(), key.get(), passEnv, knownHosts, s.path()));
    }
}
