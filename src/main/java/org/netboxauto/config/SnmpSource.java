package org.netboxauto.config;

import java.time.Duration;
import java.util.Optional;

/**
 * A switch read over SNMP v1, v2c or v3; {@code context} is the SNMPv3 context name, empty by default.
 *
 * @param netboxDevice the NetBox device this switch is, when the admin names it ({@code netbox-device})
 */
public record SnmpSource(String name, String host, int port, Version version, Optional<Secret> community,
                         Optional<String> user, AuthProtocol authProtocol, Optional<Secret> authPassword,
                         PrivProtocol privProtocol, Optional<Secret> privPassword, Duration timeout, int retries,
                         int maxRepetitions, PerVlan perVlan, String context, Optional<String> netboxDevice) {

    public SnmpSource(String name, String host, int port, Version version, Optional<Secret> community,
                      Optional<String> user, AuthProtocol authProtocol, Optional<Secret> authPassword,
                      PrivProtocol privProtocol, Optional<Secret> privPassword, Duration timeout, int retries,
                      int maxRepetitions, PerVlan perVlan, String context) {
        this(name, host, port, version, community, user, authProtocol, authPassword, privProtocol, privPassword,
                timeout, retries, maxRepetitions, perVlan, context, Optional.empty());
    }

    public enum Version { V1, V2C, V3 }

    public enum AuthProtocol { MD5, SHA, SHA_224, SHA_256, SHA_384, SHA_512 }

    public enum PrivProtocol { DES, AES, AES_192, AES_256 }

    public enum PerVlan { AUTO, ON, OFF }

    static SnmpSource read(ConfigSection s) {
        String name = ConfigFields.name(s).orElse("");
        String host = ConfigFields.host(s, "host", true).orElse("");
        int port = ConfigFields.port(s, "port", 161);
        Version version = ConfigFields.choice(s, "version", Version.class, Version.V2C);
        Optional<Secret> community = version == Version.V3 ? SecretReader.read(s, "community")
                : SecretReader.required(s, "community", "for SNMP " + ConfigFields.id(version));
        Optional<String> user = version == Version.V3 ? s.required("user", "the SNMPv3 user name") : s.string("user");
        AuthProtocol auth = ConfigFields.choice(s, "auth-protocol", AuthProtocol.class, AuthProtocol.SHA_256);
        Optional<Secret> authPassword = v3Password(s, "auth-password");
        PrivProtocol priv = ConfigFields.choice(s, "priv-protocol", PrivProtocol.class, PrivProtocol.AES);
        Optional<Secret> privPassword = v3Password(s, "priv-password");
        if (privPassword.isPresent() && authPassword.isEmpty()) {
            s.errorAt("priv-password", "needs auth-password too: SNMPv3 has no privacy without authentication");
        }
        Duration timeout = s.duration("timeout", Duration.ofSeconds(2));
        int retries = s.integer("retries", 2, 0, 10);
        int maxRepetitions = s.integer("max-repetitions", 25, 1, 1000);
        PerVlan perVlan = ConfigFields.choice(s, "per-vlan", PerVlan.class, PerVlan.AUTO);
        String context = s.string("context").orElse("");
        if (!context.isEmpty() && version != Version.V3) {
            s.errorAt("context", "is an SNMPv3 setting; remove it or set version = v3");
        }
        Optional<String> netboxDevice = s.string("netbox-device").map(String::strip).filter(d -> !d.isEmpty());
        s.reportUnknownKeys();
        return new SnmpSource(name, host, port, version, community, user, auth, authPassword, priv, privPassword,
                timeout, retries, maxRepetitions, perVlan, context, netboxDevice);
    }

    private static Optional<Secret> v3Password(ConfigSection s, String key) {
        return SecretReader.read(s, key).filter(p -> {
            if (p.reveal().length() >= 8) {
                return true;
            }
            s.errorAt(key, "is shorter than 8 characters, which SNMPv3 does not allow");
            return false;
        });
    }
}
