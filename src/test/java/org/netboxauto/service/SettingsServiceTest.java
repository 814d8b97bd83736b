package org.netboxauto.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.AppDirectories;
import org.netboxauto.config.ConfigLoader;
import org.netboxauto.config.ConfigLocations;
import org.netboxauto.config.ConfigProblem;
import org.netboxauto.config.LoadedConfig;
import org.netboxauto.config.Secret;
import org.netboxauto.net.CertificateSummary;

class SettingsServiceTest {

    private static final String FILE = """
            # netbox-auto configuration
            netbox {
              # Base URL of NetBox, without /api.
              url = "https://netbox.example.com"
              token = ${?NETBOX_TOKEN}
              # Time allowed for one request.
              timeout = 30s
            }
            sources {
              # The routers
              routeros = [
                {
                  # the core router
                  name = "core"
                  host = "192.0.2.1"
                  transport = api-ssl
                  username = "netbox-auto"
                  password-file = "PASSWORD_FILE"
                }
              ]
            }
            """;

    @TempDir
    Path dir;
    private Path file;
    private String text;
    private SettingsService settings;
    private ConfigLocations locations;

    @BeforeEach
    void write() throws Exception {
        locations = new ConfigLocations(new AppDirectories(dir.resolve("config"), dir.resolve("data")), Map.of(),
                true);
        file = dir.resolve("netbox-auto.conf");
        Path password = dir.resolve("router.password");
        Files.writeString(password, "pw");
        Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-------"));
        text = FILE.replace("PASSWORD_FILE", password.toString());
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        settings = new SettingsService(locations, Optional.of(file));
    }

    @Test
    void anEditKeepsCommentsAndEveryKeyNotTouched() throws Exception {
        List<ConfigProblem> problems = settings.save(Map.of("netbox.timeout", "45s",
                "sources.routeros[0].host", "192.0.2.9"), Map.of(), Map.of());

        assertThat(problems).isEmpty();
        String text = Files.readString(file);
        assertThat(text).contains("# netbox-auto configuration", "# Base URL of NetBox, without /api.",
                "# Time allowed for one request.", "# the core router", "token = ${?NETBOX_TOKEN}",
                "url = \"https://netbox.example.com\"", "router.password");
        LoadedConfig loaded = load(Map.of("NETBOX_TOKEN", "0123456789abcdef0123456789abcdef01234567",
                "ROUTEROS_PASSWORD", "pw"));
        assertThat(loaded.errors()).isEmpty();
        assertThat(loaded.config().orElseThrow().netbox().timeout()).hasSeconds(45);
        assertThat(loaded.config().orElseThrow().sources().routeros().getFirst().host()).isEqualTo("192.0.2.9");
        assertThat(loaded.config().orElseThrow().sources().routeros().getFirst().name()).isEqualTo("core");
    }

    @Test
    void aSecretGoesToItsOwnFileReadableOnlyByItsOwner() throws Exception {
        String token = "0123456789abcdef0123456789abcdef01234567";

        List<ConfigProblem> problems = settings.save(Map.of(), Map.of("netbox.token", new Secret(token)), Map.of());

        assertThat(problems).isEmpty();
        String text = Files.readString(file);
        assertThat(text).doesNotContain(token).doesNotContain("${?NETBOX_TOKEN}").contains("token-file");
        Path secret = dir.resolve("netbox.token.secret");
        assertThat(Files.readString(secret).strip()).isEqualTo(token);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");
        assertThat(load(Map.of("ROUTEROS_PASSWORD", "pw")).config().orElseThrow().netbox().token())
                .contains(new Secret(token));
        assertThat(settings.values()).containsKey("netbox.token-file").doesNotContainKey("netbox.token");
    }

    @Test
    void invalidInputIsRefusedNamingTheKeyAndLeavesTheFileAsItWas() throws Exception {
        List<ConfigProblem> problems = settings.save(Map.of("netbox.timeout", "soon", "netbox.page-size", "5000"),
                Map.of("netbox.token", new Secret("0123456789abcdef0123456789abcdef01234567")), Map.of());

        assertThat(problems).extracting(ConfigProblem::path).contains("netbox.timeout", "netbox.page-size");
        assertThat(problems).allMatch(p -> !p.message().contains(".edit"));
        assertThat(Files.readString(file)).isEqualTo(text);
        assertThat(dir.resolve("netbox.token.secret")).doesNotExist();
        assertThat(dir.resolve("netbox-auto.conf.edit")).doesNotExist();
    }

    @Test
    void entriesAreAddedAndRemovedWithTheirKeys() throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("sources.proxmox[0].name", "pve");
        values.put("sources.proxmox[0].url", "https://pve.example.com:8006");
        values.put("sources.proxmox[0].token-id", "netbox-auto@pve!discovery");

        List<ConfigProblem> problems = settings.save(values, Map.of("sources.proxmox[0].token-secret",
                new Secret("5f0c1c4e-0000-4000-8000-000000000000")), Map.of("sources.proxmox", List.of(-1),
                "sources.routeros", List.of()));

        assertThat(problems).isEmpty();
        var sources = load(Map.of("NETBOX_TOKEN", "0123456789abcdef0123456789abcdef01234567")).config().orElseThrow()
                .sources();
        assertThat(sources.routeros()).isEmpty();
        assertThat(sources.proxmox()).singleElement().satisfies(p -> assertThat(p.name()).isEqualTo("pve"));
        assertThat(Files.readString(file)).contains("# Time allowed for one request.")
                .doesNotContain("5f0c1c4e");
    }

    @Test
    void aRequiredKeyLeftOutIsNamed() throws Exception {
        List<ConfigProblem> problems = settings.save(Map.of("sources.routeros[0].host", ""), Map.of(), Map.of());

        assertThat(problems).extracting(ConfigProblem::path).contains("sources.routeros[0].host");
    }

    @Test
    void aTypedValueCannotAddKeys() throws Exception {
        List<ConfigProblem> problems = settings.save(Map.of("netbox.tag", "x\"\nstore.url = \"jdbc:h2:mem:x"),
                Map.of(), Map.of());

        assertThat(problems).isEmpty();
        assertThat(load(Map.of("ROUTEROS_PASSWORD", "pw")).config().orElseThrow().store().url()).isEmpty();
    }

    @Test
    void pinningACertificateSetsItInThatSourcesEntry() throws Exception {
        Files.writeString(file, text.replace("transport = api-ssl", "transport = api-ssl\n      tls { ca-file = \""
                + dir.resolve("missing.pem") + "\" }"));
        String sha = "AB:".repeat(31) + "AB";
        var certificate = new CertificateSummary("CN=core", "CN=core", Instant.EPOCH, Instant.now(), sha);

        List<ConfigProblem> problems = settings.pin("sources.routeros[0]", certificate);

        assertThat(problems).isEmpty();
        var router = load(Map.of("ROUTEROS_PASSWORD", "pw")).config().orElseThrow().sources().routeros().getFirst();
        assertThat(router.tls().fingerprintSha256()).contains(sha.replace(":", ""));
        assertThat(router.tls().caFile()).isEmpty();
        assertThat(Files.readString(file)).contains("# the core router");
    }

    @Test
    void aFileThatCannotBeWrittenIsNamedInWords() {
        assertThat(SettingsService.why(new java.nio.file.AccessDeniedException("/etc/netbox-auto/netbox-auto.conf")))
                .isEqualTo("/etc/netbox-auto/netbox-auto.conf cannot be written: no permission; fix the permissions"
                        + " of the file or its folder");
        assertThat(SettingsService.why(new java.nio.file.FileSystemException("/mnt/ro/x.conf", null,
                "Read-only file system"))).isEqualTo("/mnt/ro/x.conf cannot be written: Read-only file system");
    }

    private LoadedConfig load(Map<String, String> env) {
        return new ConfigLoader(new ConfigLocations(new AppDirectories(dir.resolve("config"), dir.resolve("data")),
                env, true)).load(Optional.of(file));
    }
}
