package org.netboxauto.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.AppDirectories;
import org.netboxauto.discovery.routeros.peer.PeerOptions;
import org.netboxauto.discovery.routeros.peer.PeerTables;
import org.netboxauto.discovery.routeros.peer.PeerVersion;
import org.netboxauto.discovery.routeros.peer.RouterOsPeer;
import org.netboxauto.testsupport.InProcessCli.Run;
import org.netboxauto.testsupport.InProcessCli;
import org.netboxauto.testsupport.SmtpPeer;

/** Alerts by e-mail to a real SMTP server (aiosmtpd) that requires STARTTLS and a login. */
class MailAlertsTest {

    private static final String USER = "alerts";
    private static final String PASSWORD = "m4il-s3cret";

    @TempDir
    Path home;

    private SmtpPeer smtp;
    private int port;
    private Path cert;
    private Path inbox;
    private AppDirectories dirs;

    @BeforeEach
    void startSmtp() throws Exception {
        smtp = SmtpPeer.start(home, USER, PASSWORD);
        port = smtp.port();
        cert = smtp.cert();
        inbox = smtp.inbox();
        dirs = new AppDirectories(home.resolve("config"), home.resolve("data"));
    }

    @AfterEach
    void stopSmtp() throws Exception {
        smtp.close();
    }

    @Test
    void newHostsArriveByMailOverStartTlsWithALoginOnceEach() throws Exception {
        PeerOptions options = PeerOptions.of(PeerVersion.V7_18).with(PeerTables.manyLeases(2));
        try (RouterOsPeer router = RouterOsPeer.api(options)) {
            writeConfig(router, options, PASSWORD, "tls.ca-file = \"" + cert + "\"");
            Run run = cli("discover");
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.err()).contains("Alerts: 2 alerts sent").doesNotContain(PASSWORD);
            List<Path> envelopes = envelopes();
            assertThat(envelopes).hasSize(2);
            JsonNode envelope = new ObjectMapper().readTree(envelopes.getFirst().toFile());
            assertThat(envelope.path("tls").asBoolean()).as("STARTTLS used").isTrue();
            assertThat(envelope.path("login").asText()).isEqualTo(USER);
            assertThat(envelope.path("to").get(0).asText()).isEqualTo("noc@example.com");
            String mail = Files.readString(Path.of(envelopes.getFirst().toString().replace(".json", ".eml")));
            assertThat(mail).contains("Subject: netbox-auto: new host host-").contains("mac: 02:00:00:00:00:0");

            assertThat(cli("discover").err()).doesNotContain("Alerts:");
            assertThat(envelopes()).hasSize(2);
        }
    }

    @Test
    void aWrongPasswordOrAnUntrustedCertificateIsSaidInWords() throws Exception {
        PeerOptions options = PeerOptions.of(PeerVersion.V7_18);
        try (RouterOsPeer router = RouterOsPeer.api(options)) {
            writeConfig(router, options, "wrong", "tls.ca-file = \"" + cert + "\"");
            Run wrong = cli("alerts", "test");
            assertThat(wrong.exit()).isEqualTo(1);
            assertThat(wrong.out()).contains("e-mail mail (127.0.0.1): NOT SENT")
                    .contains("refused the login; check username and password").doesNotContain("wrong");

            writeConfig(router, options, PASSWORD, "");
            Run untrusted = cli("alerts", "test");
            assertThat(untrusted.out()).contains("its certificate is not trusted; set tls.ca-file");

            writeConfig(router, options, PASSWORD, "tls.ca-file = \"" + cert + "\"");
            Run ok = cli("alerts", "test");
            assertThat(ok.exit()).as(ok.out()).isZero();
            assertThat(ok.out()).contains("e-mail mail (127.0.0.1): sent");
            assertThat(envelopes()).hasSize(1);
        }
    }

    private List<Path> envelopes() throws Exception {
        try (var files = Files.list(inbox)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    private void writeConfig(RouterOsPeer router, PeerOptions options, String mailPassword, String tls)
            throws Exception {
        Path password = Files.writeString(home.resolve("router.pass"), options.password());
        Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-------"));
        Path mailSecret = Files.writeString(home.resolve("mail.pass"), mailPassword);
        Files.setPosixFilePermissions(mailSecret, PosixFilePermissions.fromString("rw-------"));
        Files.createDirectories(dirs.configDir());
        Files.writeString(dirs.defaultConfigFile(), """
                sources.routeros = [ { name = core, host = "127.0.0.1", transport = api, port = %d,
                  username = %s, password-file = "%s", collect = [dhcp-leases] } ]
                alerts.channels = [
                  { name = mail, events = [new],
                    email { host = "127.0.0.1", port = %d, security = starttls, username = %s,
                      password-file = "%s", from = "netbox-auto@example.com", to = ["noc@example.com"],
                      timeout = 5s, %s } }
                ]
                """.formatted(router.port(), options.user(), password, port, USER, mailSecret, tls));
        Files.setPosixFilePermissions(dirs.defaultConfigFile(), PosixFilePermissions.fromString("rw-------"));
    }


    private Run cli(String... args) {
        return InProcessCli.run(dirs, args);
    }
}
