package org.netboxauto.discovery.proxmox;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.app.LogConfiguration;
import org.netboxauto.discovery.proxmox.peer.PeerFixture;
import org.netboxauto.discovery.proxmox.peer.ProxmoxPeer;
import org.netboxauto.testsupport.TestCertificates;
import org.slf4j.LoggerFactory;

/** With the app's own logging at DEBUG (-v), no token secret, password or ticket reaches the log file. */
class SecretsStayOutOfLogsTest {

    @TempDir
    Path temp;

    @Test
    void verboseLogsHoldNoSecrets() throws Exception {
        Path log = temp.resolve("netbox-auto.log");
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        try (ProxmoxPeer peer = new ProxmoxPeer(PeerFixture.labCluster(), TestCertificates.selfSigned(temp, "pve"),
                false)) {
            peer.token(ProxmoxTestSources.TOKEN_ID, ProxmoxTestSources.TOKEN_SECRET, ProxmoxPeer.AUDITOR)
                    .user(ProxmoxTestSources.USER, ProxmoxTestSources.PASSWORD, ProxmoxPeer.AUDITOR)
                    .delays(Duration.ofMillis(50), Duration.ofMillis(50), Duration.ofMillis(50));
            logging.reset();
            LogConfiguration.apply(logging, log, Level.ERROR, Level.DEBUG);
            ProxmoxTestSources.collector(ProxmoxTestSources.token(peer)).collect(new RecordingContext());
            ProxmoxTestSources.collector(ProxmoxTestSources.password(peer, ProxmoxTestSources.PASSWORD))
                    .collect(new RecordingContext());
        } finally {
            logging.reset();
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(logging);
            configurator.doConfigure(SecretsStayOutOfLogsTest.class.getResource("/logback-test.xml"));
        }
        String text = Files.readString(log);
        assertThat(text).contains("DEBUG").contains("InternalHttpClient")
                .doesNotContain(ProxmoxTestSources.TOKEN_SECRET)
                .doesNotContain(ProxmoxTestSources.PASSWORD)
                .doesNotContain("PVEAuthCookie=")
                .doesNotContain("PVE%3Acollector");
    }
}
