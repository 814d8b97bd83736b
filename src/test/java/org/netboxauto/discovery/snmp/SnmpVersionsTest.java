package org.netboxauto.discovery.snmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netboxauto.config.SnmpSource;
import org.netboxauto.config.SnmpSource.AuthProtocol;
import org.netboxauto.config.SnmpSource.PerVlan;
import org.netboxauto.config.SnmpSource.PrivProtocol;
import org.netboxauto.config.SnmpSource.Version;
import org.netboxauto.core.Observation;
import org.netboxauto.discovery.CollectorException;

/** v1, v2c and v3 (authPriv) read the same switch alike; wrong credentials fail with the switch named. */
class SnmpVersionsTest {

    private static final String RECORDING = "tplink_sg2008";
    private static SnmpSim sim;

    @BeforeAll
    static void startSimulator() throws Exception {
        sim = SnmpSim.start("versions");
    }

    @AfterAll
    static void stopSimulator() throws Exception {
        if (sim != null) {
            sim.close();
        }
    }

    @Test
    void v1GetNextAndV3AuthPrivReadWhatV2cReads() throws Exception {
        Set<String> v2c = rows(collect(SnmpSources.v2c("sw", RECORDING, sim.port())));
        Set<String> v1 = rows(collect(SnmpSources.community("sw", Version.V1, RECORDING, sim.port(), 25, PerVlan.OFF)));
        Set<String> sha256 = rows(collect(SnmpSources.v3("sw", RECORDING, sim.port(), SnmpSim.V3_USER,
                AuthProtocol.SHA_256, SnmpSim.V3_AUTH, PrivProtocol.AES, SnmpSim.V3_PRIV)));
        Set<String> sha1 = rows(collect(SnmpSources.v3("sw", RECORDING, sim.port(), SnmpSim.V3_SHA1_USER,
                AuthProtocol.SHA, SnmpSim.V3_AUTH, PrivProtocol.AES_256, SnmpSim.V3_PRIV)));

        assertThat(v2c).hasSize(47);
        assertThat(v1).isEqualTo(v2c);
        assertThat(sha256).isEqualTo(v2c);
        assertThat(sha1).isEqualTo(v2c);
    }

    @Test
    void aWrongPasswordOrCommunityFailsNamingTheSwitchWithoutTheSecret() {
        SnmpSource wrongAuth = SnmpSources.v3("sw", RECORDING, sim.port(), SnmpSim.V3_USER, AuthProtocol.SHA_256,
                "not-the-password", PrivProtocol.AES, SnmpSim.V3_PRIV);
        assertThatThrownBy(() -> collect(wrongAuth)).isInstanceOf(CollectorException.class)
                .hasMessageStartingWith("snmp:sw (127.0.0.1:" + sim.port() + "): ")
                .hasMessageContaining("SNMPv3 user, protocols and passwords are right")
                .hasMessageNotContaining("not-the-password");
        SnmpSource wrongCommunity = SnmpSources.v2c("sw", "no-such-community", sim.port());
        assertThatThrownBy(() -> collect(wrongCommunity)).isInstanceOf(CollectorException.class)
                .hasMessageContaining("did not answer").hasMessageContaining("community is right")
                .hasMessageContaining("sources.snmp[0].timeout").hasMessageNotContaining("no-such-community");
    }

    @Test
    void aMissingCommunityOrUnknownHostIsNamedByItsKey() {
        SnmpSource none = new SnmpSource("sw", "127.0.0.1", sim.port(), Version.V2C, java.util.Optional.empty(),
                java.util.Optional.empty(), AuthProtocol.SHA_256, java.util.Optional.empty(), PrivProtocol.AES,
                java.util.Optional.empty(), java.time.Duration.ofSeconds(1), 0, 25, PerVlan.OFF, "");
        assertThatThrownBy(() -> collect(none)).hasMessageContaining("set sources.snmp[0].community");
        SnmpSource unknown = new SnmpSource("sw", "no-such-switch.invalid", 161, Version.V2C,
                java.util.Optional.of(new org.netboxauto.config.Secret("c")), java.util.Optional.empty(),
                AuthProtocol.SHA_256, java.util.Optional.empty(), PrivProtocol.AES, java.util.Optional.empty(),
                java.time.Duration.ofSeconds(1), 0, 25, PerVlan.OFF, "");
        assertThatThrownBy(() -> collect(unknown)).hasMessageContaining("does not resolve")
                .hasMessageContaining("sources.snmp[0].host");
    }

    static List<Observation> collect(SnmpSource source) throws Exception {
        return new SnmpCollector(source, "sources.snmp[0]", new Semaphore(1)).collect(new TestContext());
    }

    private static Set<String> rows(List<Observation> observations) {
        return observations.stream().map(o -> o.mac() + " " + o.ips() + " " + o.sortedEvidence())
                .collect(Collectors.toSet());
    }
}
