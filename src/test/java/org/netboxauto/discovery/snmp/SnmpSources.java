package org.netboxauto.discovery.snmp;

import java.time.Duration;
import java.util.Optional;
import org.netboxauto.config.Secret;
import org.netboxauto.config.SnmpSource;
import org.netboxauto.config.SnmpSource.AuthProtocol;
import org.netboxauto.config.SnmpSource.PerVlan;
import org.netboxauto.config.SnmpSource.PrivProtocol;
import org.netboxauto.config.SnmpSource.Version;

/** SNMP sources pointing at the local snmpsimd. */
final class SnmpSources {

    private SnmpSources() {
    }

    static SnmpSource v2c(String name, String community, int port) {
        return community(name, Version.V2C, community, port, 25, PerVlan.AUTO);
    }

    static SnmpSource community(String name, Version version, String community, int port, int maxRepetitions,
            PerVlan perVlan) {
        return new SnmpSource(name, "127.0.0.1", port, version, Optional.of(new Secret(community)), Optional.empty(),
                AuthProtocol.SHA_256, Optional.empty(), PrivProtocol.AES, Optional.empty(), Duration.ofMillis(1500), 1,
                maxRepetitions, perVlan, "");
    }

    static SnmpSource v3(String name, String context, int port, String user, AuthProtocol auth, String authPassword,
            PrivProtocol priv, String privPassword) {
        // snmpsimd picks the recording by context name
        return new SnmpSource(name, "127.0.0.1", port, Version.V3, Optional.empty(), Optional.of(user), auth,
                Optional.of(new Secret(authPassword)), priv, Optional.of(new Secret(privPassword)),
                Duration.ofMillis(1500), 1, 25, PerVlan.OFF, context);
    }
}
