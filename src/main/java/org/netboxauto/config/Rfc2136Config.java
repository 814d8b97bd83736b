package org.netboxauto.config;

import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** RFC 2136 dynamic DNS updates signed with TSIG. */
public record Rfc2136Config(boolean enabled, Optional<String> server, int port, Optional<String> zone,
                            List<String> reverseZones, int ttl, Tsig tsig) {

    public enum Algorithm { HMAC_MD5, HMAC_SHA1, HMAC_SHA224, HMAC_SHA256, HMAC_SHA384, HMAC_SHA512 }

    /** The TSIG key that signs the updates. */
    public record Tsig(Optional<String> name, Algorithm algorithm, Optional<Secret> secret) {
    }

    public Rfc2136Config {
        reverseZones = List.copyOf(reverseZones);
    }

    static Rfc2136Config read(ConfigSection s) {
        boolean on = s.bool("enabled", false);
        Optional<String> server = ConfigFields.host(s, "server", on);
        int port = ConfigFields.port(s, "port", 53);
        Optional<String> zone = DnsNames.zone(s, "zone", on);
        List<String> reverse = DnsNames.reverseZones(s);
        int ttl = s.integer("ttl", 3600, 0, Integer.MAX_VALUE);
        ConfigSection t = s.section("tsig");
        Optional<String> name = DnsNames.zone(t, "name", on);
        Algorithm algorithm = ConfigFields.choice(t, "algorithm", Algorithm.class, Algorithm.HMAC_SHA256);
        Optional<Secret> secret = (on ? SecretReader.required(t, "secret", "to sign the updates")
                : SecretReader.read(t, "secret")).filter(x -> base64(t, x));
        t.reportUnknownKeys();
        s.reportUnknownKeys();
        return new Rfc2136Config(on, server, port, zone, reverse, ttl, new Tsig(name, algorithm, secret));
    }

    private static boolean base64(ConfigSection t, Secret secret) {
        try {
            Base64.getDecoder().decode(secret.reveal());
            return true;
        } catch (IllegalArgumentException e) {
            t.errorAt(t.has("secret") ? "secret" : "secret-file", "is not base64; expected the key's secret as"
                    + " tsig-keygen prints it");
            return false;
        }
    }
}
