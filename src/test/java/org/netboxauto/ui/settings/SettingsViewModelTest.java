package org.netboxauto.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.AppDirectories;
import org.netboxauto.config.ConfigLoader;
import org.netboxauto.config.ConfigLocations;
import org.netboxauto.service.SettingsService;

class SettingsViewModelTest {

    private static final String TOKEN = "0123456789abcdef0123456789abcdef01234567";

    @TempDir
    Path dir;
    private Path file;
    private ConfigLocations locations;
    private final AtomicInteger saved = new AtomicInteger();
    private SettingsViewModel vm;

    @BeforeEach
    void open() throws Exception {
        file = dir.resolve("netbox-auto.conf");
        Files.writeString(file, """
                # NetBox
                netbox {
                  url = "https://netbox.example.com"
                  token = ${?NETBOX_TOKEN}
                }
                """);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        locations = new ConfigLocations(new AppDirectories(dir.resolve("c"), dir.resolve("d")),
                Map.of("NETBOX_TOKEN", TOKEN), true);
        var loaded = new ConfigLoader(locations).load(Optional.of(file));
        vm = new SettingsViewModel(Optional.of(loaded), new SettingsService(locations, Optional.of(file)),
                Runnable::run, Runnable::run, saved::incrementAndGet);
        vm.load();
    }

    @Test
    void everySectionIsListedAndShowsTheFileAndTheDefaults() {
        assertThat(vm.sections()).contains("NetBox", "Store", "Sources", "Correlation", "Review", "DNS", "Watch",
                "Alerts", "Names");
        assertThat(vm.sectionProperty().get()).isEqualTo("NetBox");
        SettingField url = field("netbox.url");
        assertThat(url.valueProperty().get()).isEqualTo("https://netbox.example.com");
        assertThat(url.originProperty().get()).isEqualTo("file");
        SettingField timeout = field("netbox.timeout");
        assertThat(timeout.valueProperty().get()).isEmpty();
        assertThat(timeout.fallback()).isEqualTo("30s");
        assertThat(field("netbox.token").secret()).isTrue();
        assertThat(field("netbox.token").valueProperty().get()).doesNotContain(TOKEN);
    }

    @Test
    void aBadValueIsShownAgainstItsKeyAndNothingIsSaved() throws Exception {
        String before = Files.readString(file);
        vm.set(field("netbox.timeout"), "soon");

        vm.save();

        assertThat(saved).hasValue(0);
        assertThat(vm.problems()).anyMatch(p -> p.startsWith("netbox.timeout: "));
        assertThat(field("netbox.timeout").problemProperty().get()).contains("duration");
        assertThat(Files.readString(file)).isEqualTo(before);

        vm.set(field("netbox.timeout"), "45s");
        vm.save();

        assertThat(saved).hasValue(1);
        assertThat(vm.problems()).isEmpty();
        assertThat(Files.readString(file)).contains("# NetBox", "45s", "${?NETBOX_TOKEN}");
    }

    @Test
    void aSourceIsAddedWithItsKeysAndAMissingOneIsNamed() throws Exception {
        vm.sectionProperty().set("Sources");
        assertThat(vm.addable()).containsKeys("sources.routeros", "sources.proxmox", "sources.snmp", "sources.kea",
                "sources.dnsmasq");
        vm.addEntry("sources.kea");
        vm.set(field("sources.kea[0].name"), "dhcp");

        vm.save();

        assertThat(vm.problems()).anyMatch(p -> p.startsWith("sources.kea[0].url: "));
        vm.set(field("sources.kea[0].url"), "http://192.0.2.3:8000/");
        vm.save();
        assertThat(saved).hasValue(1);
        assertThat(new ConfigLoader(locations).load(Optional.of(file)).config().orElseThrow().sources().kea())
                .singleElement().satisfies(k -> assertThat(k.name()).isEqualTo("dhcp"));
    }

    @Test
    void theProblemsTheFileHasNowShowWhenItOpens() throws Exception {
        Files.writeString(file, Files.readString(file) + "netbox.page-size = 5000\n");
        var loaded = new ConfigLoader(locations).load(Optional.of(file));
        vm = new SettingsViewModel(Optional.of(loaded), new SettingsService(locations, Optional.of(file)),
                Runnable::run, Runnable::run, saved::incrementAndGet);
        vm.load();

        assertThat(vm.problems()).anyMatch(p -> p.startsWith("netbox.page-size: "));
        assertThat(field("netbox.page-size").problemProperty().get()).contains("out of range");
        assertThat(field("netbox.page-size").valueProperty().get()).isEqualTo("5000");
    }

    private SettingField field(String key) {
        return vm.rows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow(
                () -> new AssertionError(key + " not among " + vm.rows().stream().map(SettingField::key).toList()));
    }
}
