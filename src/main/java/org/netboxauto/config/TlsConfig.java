package org.netboxauto.config;

import java.nio.file.Path;
import java.util.Optional;

/** How to trust a peer's certificate beyond the system store: a CA file or a pinned SHA-256. */
public record TlsConfig(Optional<Path> caFile, Optional<String> fingerprintSha256) {

    public static final TlsConfig SYSTEM = new TlsConfig(Optional.empty(), Optional.empty());

    static TlsConfig read(ConfigSection parent) {
        ConfigSection s = parent.section("tls");
        Optional<Path> ca = ConfigFields.path(s, "ca-file").filter(p -> {
            Optional<String> problem = CaFiles.problem(p);
            problem.ifPresent(m -> s.errorAt("ca-file", m));
            return problem.isEmpty();
        });
        Optional<String> pin = s.string("fingerprint-sha256").flatMap(f -> {
            String hex = f.replace(":", "").toUpperCase(java.util.Locale.ROOT);
            if (hex.matches("[0-9A-F]{64}")) {
                return Optional.of(hex);
            }
            s.errorAt("fingerprint-sha256", "\"" + f + "\" is not a SHA-256 fingerprint; expected 64 hex digits,"
                    + " colons optional (openssl x509 -noout -fingerprint -sha256)");
            return Optional.empty();
        });
        if (ca.isPresent() && pin.isPresent()) {
            s.errorAt("ca-file", "is set together with fingerprint-sha256; set one of them");
        }
        s.reportUnknownKeys();
        return new TlsConfig(ca, pin);
    }
}
