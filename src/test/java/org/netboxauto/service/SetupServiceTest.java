package org.netboxauto.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.AppConfig;
import org.netboxauto.config.AppDirectories;
import org.netboxauto.config.ConfigLoader;
import org.netboxauto.config.ConfigLocations;
import org.netboxauto.config.ConfigProblem;
import org.netboxauto.config.LoadedConfig;
import org.netboxauto.config.RouterOsSource.Transport;
import org.netboxauto.config.Secret;

/** The first-run form's config: secrets in private files, the config naming them, validated before it lands. */
class SetupServiceTest {

    private static final String TOKEN = "0123456789abcdef0123456789abcdef01234567";

    @TempDir
    Path dir;

    private ConfigLocations locations() {
        return new ConfigLocations(new AppDirectories(dir.resolve("config"), dir.resolve("data")), Map.of(), true);
    }

    private SetupService service() {
        return new SetupService(locations(), Optional.empty(), ConnectionTesters.available());
    }

    private static SetupDraft.RouterOs router(String name, String password) {
        return new SetupDraft.RouterOs(name, "192.0.2.1", Transport.API_SSL, "", "netbox-auto", new Secret(password),
                "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89");
    }

    @Test
    void writesAConfigThatNamesPrivateSecretFilesAndLoadsAsWritten() throws Exception {
        SetupDraft draft = new SetupDraft(new SetupDraft.NetBox("https://netbox.example.com", new Secret(TOKEN)),
                List.of(router("core-router", "r0uter-pass"), new SetupDraft.RouterOs("lab", "10.0.0.1", Transport.API,
                        "8000", "admin", new Secret("lab-pass\"${HOME}"), "")),
                List.of(new SetupDraft.Proxmox("pve1", "https://pve1.example.com:8006", "netbox-auto@pve!discovery",
                        new Secret("pve-s3cret"), "")));

        assertThat(service().write(draft)).isEmpty();

        Path config = dir.resolve("config/netbox-auto.conf");
        String text = Files.readString(config);
        assertThat(text).doesNotContain(TOKEN).doesNotContain("r0uter-pass").doesNotContain("lab-pass")
                .doesNotContain("pve-s3cret").contains("token-file = ").contains("password-file = ")
                .contains("token-secret-file = ");
        assertThat(Files.getPosixFilePermissions(config)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        try (var files = Files.list(dir.resolve("config"))) {
            List<Path> secrets = files.filter(f -> f.toString().endsWith(".secret")).toList();
            assertThat(secrets).hasSize(4);
            for (Path secret : secrets) {
                assertThat(Files.getPosixFilePermissions(secret)).as(secret.toString())
                        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            }
        }
        assertThat(dir.resolve("config/netbox-auto.conf.setup")).doesNotExist();

        LoadedConfig loaded = new ConfigLoader(locations()).load(Optional.empty());
        assertThat(loaded.problems()).isEmpty();
        AppConfig app = loaded.config().orElseThrow();
        assertThat(app.netbox().url()).hasValueSatisfying(u -> assertThat(u.toString())
                .isEqualTo("https://netbox.example.com"));
        assertThat(app.netbox().token()).contains(new Secret(TOKEN));
        assertThat(app.sources().routeros()).hasSize(2);
        assertThat(app.sources().routeros().get(0).tls().fingerprintSha256()).isPresent();
        assertThat(app.sources().routeros().get(1).port()).isEqualTo(8000);
        assertThat(app.sources().routeros().get(1).password()).isEqualTo(new Secret("lab-pass\"${HOME}"));
        assertThat(app.sources().proxmox().get(0).tokenSecret()).contains(new Secret("pve-s3cret"));
    }

    @Test
    void invalidEntriesAreListedByKeyAndNothingIsLeftBehind() throws Exception {
        SetupDraft draft = new SetupDraft(new SetupDraft.NetBox("netbox.local", new Secret("")),
                List.of(router("core router\" }\nnetbox.url = \"https://evil", "x")),
                List.of(new SetupDraft.Proxmox("pve1", "pve:8006", "", new Secret(""), "")));

        List<ConfigProblem> problems = service().write(draft);

        assertThat(problems).extracting(ConfigProblem::path)
                .contains("netbox.url", "sources.routeros[0].name", "sources.proxmox[0].url");
        try (var files = Files.list(dir.resolve("config"))) {
            assertThat(files.toList()).as("no config, no secret file, no draft").isEmpty();
        }
    }

    @Test
    void anExistingConfigIsNeverOverwritten() throws Exception {
        Path config = dir.resolve("config/netbox-auto.conf");
        Files.createDirectories(config.getParent());
        Files.writeString(config, "netbox.page-size = 50\n");
        SetupDraft draft = new SetupDraft(new SetupDraft.NetBox("https://netbox.example.com", new Secret(TOKEN)),
                List.of(), List.of());

        assertThatThrownBy(() -> service().write(draft)).isInstanceOf(FileAlreadyExistsException.class)
                .hasMessageContaining(config.toString());
        assertThat(Files.readString(config)).isEqualTo("netbox.page-size = 50\n");
    }
}
