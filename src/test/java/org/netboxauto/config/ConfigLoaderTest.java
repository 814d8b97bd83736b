package org.netboxauto.config;

import org.netboxauto.core.SourceKind;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    private ConfigFixture fixture() {
        return new ConfigFixture(dir);
    }

    @Test
    void theExampleFileIsValidAndEveryDefaultApplies() throws IOException {
        String example = Files.readString(Path.of("config.example.conf"));
        LoadedConfig loaded = fixture().load(example, Map.of("NETBOX_TOKEN", "0123456789abcdef0123456789abcdef01234567"));

        assertThat(loaded.errors()).isEmpty();
        AppConfig config = loaded.config().orElseThrow();
        assertThat(config.netbox().url()).hasValueSatisfying(u -> assertThat(u.getHost()).isEqualTo("netbox.example.com"));
        assertThat(config.netbox().token()).isPresent();
        assertThat(config.netbox().pageSize()).isEqualTo(1000);
        assertThat(config.sources().scan().maxPrefix()).isEqualTo(16);
        assertThat(config.review().kinds()).hasSize(8).allSatisfy(k -> assertThat(k.role()).contains(k.name()));
        assertThat(config.correlation().hostnamePrecedence()).first().isEqualTo(SourceKind.ROUTEROS);
        assertThat(config.dns().unbound().enabled()).isFalse();
    }

    @Test
    void everyKindOfErrorIsReportedTogetherWithItsPathValueAndExpectation() throws IOException {
        LoadedConfig loaded = fixture().load("""
                netbox { url = "netbox.local", page-size = 5000, timeout = soon }
                sources.proxmox = [ { name = pve1, url = "pve:8006", token-id = "root@pam!x", token-secret = s3cr3t-value } ]
                sources.routeros = [ { name = "bad name", host = "192.0.2.1", transport = telnet, username = admin } ]
                sources.scan { enabled = true, subnets = ["10.0.0.0/33", "8.8.8.0/24", "10.1.0.0/8"] }
                sources.snmp = [ { name = sw1, host = "192.0.2.2", version = v2c } ]
                review.kinds = [server, "Server!"]
                """);

        assertThat(loaded.isValid()).isFalse();
        assertThat(loaded.errors()).extracting(ConfigProblem::describe).anySatisfy(m -> assertThat(m)
                        .startsWith("sources.proxmox[0].url: \"pve:8006\" is not a URL; expected https://HOST:PORT"))
                .anySatisfy(m -> assertThat(m).startsWith("netbox.url: \"netbox.local\" is not a URL"))
                .anySatisfy(m -> assertThat(m).startsWith("netbox.page-size: 5000 is out of range"))
                .anySatisfy(m -> assertThat(m).startsWith("netbox.timeout: \"soon\" is not a duration"))
                .anySatisfy(m -> assertThat(m).startsWith("sources.routeros[0].name: \"bad name\" is not a valid name"))
                .anySatisfy(m -> assertThat(m).startsWith("sources.routeros[0].transport: \"telnet\" is not one of api, api-ssl, rest"))
                .anySatisfy(m -> assertThat(m).startsWith("sources.routeros[0].password: is required"))
                .anySatisfy(m -> assertThat(m).contains("10.0.0.0/33").contains("prefix length"))
                .anySatisfy(m -> assertThat(m).contains("8.8.8.0/24 is a public range"))
                .anySatisfy(m -> assertThat(m).contains("10.1.0.0/8").contains("host bits").contains("10.0.0.0/8"))
                .anySatisfy(m -> assertThat(m).startsWith("sources.snmp[0].community: is required"))
                .anySatisfy(m -> assertThat(m).startsWith("review.kinds[1]: \"Server!\" is not a kind name"));
        assertThat(loaded.errors()).allSatisfy(p -> assertThat(p.describe()).doesNotContain("s3cr3t-value"));
    }

    @Test
    void reviewRulesAndWatchAreReadInOrderAndTheirMistakesNamed() throws IOException {
        LoadedConfig good = fixture().load("""
                review.rules = [
                  { name = proxmox-vms, when { source = proxmox }, then { state = approved, kind = vm } }
                  { name = phones, when { randomised-mac = true, subnet = "10.0.5.0/24" }, then { state = reject } }
                ]
                watch { every = 30m, sources { core = 5m }, quiet-hours = "22:00-06:00" }
                """);
        assertThat(good.errors()).isEmpty();
        AppConfig config = good.config().orElseThrow();
        assertThat(config.review().rules().rules()).extracting(r -> r.name()).containsExactly("proxmox-vms", "phones");
        assertThat(config.watch().every()).hasMinutes(30);
        assertThat(config.watch().perSource()).containsEntry("core", java.time.Duration.ofMinutes(5));
        assertThat(config.watch().quiet()).hasValueSatisfying(q -> assertThat(q.toString()).isEqualTo("22:00-06:00"));

        LoadedConfig bad = fixture().load("""
                review.rules = [
                  { name = all, when {}, then { state = approved } }
                  { name = x, when { oui = "bc:24", vlan = 5000 }, then { kind = toaster, state = maybe } }
                  { name = x, when { hostname = "a*" }, then { } }
                ]
                watch { every = 10s, quiet-hours = "late" }
                """);
        assertThat(bad.errors()).extracting(ConfigProblem::describe)
                .anySatisfy(m -> assertThat(m).startsWith("review.rules[0].when: has no condition"))
                .anySatisfy(m -> assertThat(m).startsWith("review.rules[1].when.oui: \"bc:24\" is not an OUI"))
                .anySatisfy(m -> assertThat(m).startsWith("review.rules[1].when.vlan: 5000 is out of range"))
                .anySatisfy(m -> assertThat(m).startsWith("review.rules[1].then.kind: \"toaster\" is not one of"))
                .anySatisfy(m -> assertThat(m).startsWith("review.rules[1].then.state: \"maybe\" is not a state"))
                .anySatisfy(m -> assertThat(m).startsWith("review.rules[2].name: \"x\" names two rules"))
                .anySatisfy(m -> assertThat(m).startsWith("review.rules[2].then: decides nothing"))
                .anySatisfy(m -> assertThat(m).startsWith("watch.every: is shorter than a minute"))
                .anySatisfy(m -> assertThat(m).startsWith("watch.quiet-hours: \"late\" is not a time window"));
    }

    @Test
    void unknownKeysAreReportedAsLikelyTyposWithTheNearestKnownKey() throws IOException {
        LoadedConfig loaded = fixture().load("""
                netbox { urll = "https://nb.example.com", tokne = x }
                sources.routeros = [ { name = r1, host = r1.lan, username = u, pasword = p, password = q } ]
                sorces {}
                """);

        assertThat(loaded.errors()).extracting(ConfigProblem::describe)
                .contains("netbox.urll: unknown key, likely a typo; did you mean \"url\"? (line 1)")
                .anySatisfy(m -> assertThat(m).startsWith("netbox.tokne: unknown key").contains("\"token\""))
                .anySatisfy(m -> assertThat(m).startsWith("sources.routeros[0].pasword: unknown key").contains("\"password\""))
                .anySatisfy(m -> assertThat(m).startsWith("sorces: unknown key").contains("\"sources\""));
    }

    @Test
    void secretsComeFromTheEnvironmentOrFromFilesAndAreNeverShown() throws IOException {
        Path tokenFile = fixture().write("pve.token", "file-secret-123\n");
        LoadedConfig loaded = fixture().load("""
                netbox { url = "https://nb.example.com", token = ${?NETBOX_TOKEN} }
                sources.proxmox = [ { name = pve1, url = "https://pve1:8006", token-id = "api@pve!disc",
                                      token-secret-file = "%s" } ]
                """.formatted(tokenFile), Map.of("NETBOX_TOKEN", "nbt_env-secret.abc"));

        assertThat(loaded.errors()).isEmpty();
        AppConfig config = loaded.config().orElseThrow();
        assertThat(config.netbox().token().orElseThrow().reveal()).isEqualTo("nbt_env-secret.abc");
        assertThat(config.sources().proxmox().getFirst().tokenSecret().orElseThrow().reveal()).isEqualTo("file-secret-123");
        assertThat(loaded.settings()).contains(new SettingRow("netbox.token", Secret.MASK, SettingRow.Origin.FILE),
                new SettingRow("netbox.page-size", "1000", SettingRow.Origin.DEFAULT),
                new SettingRow("sources.proxmox[0].token-secret", Secret.MASK, SettingRow.Origin.FILE),
                new SettingRow("sources.proxmox[0].guest-agent", "true", SettingRow.Origin.DEFAULT),
                new SettingRow("sources.proxmox[0].timeout", "1m", SettingRow.Origin.DEFAULT));
        assertThat(loaded.settings().toString()).doesNotContain("nbt_env-secret").doesNotContain("file-secret-123");
        assertThat(config.toString()).doesNotContain("nbt_env-secret");
    }

    @Test
    void credentialsInsideUrlsAreMaskedToo() throws IOException {
        LoadedConfig loaded = fixture().load("""
                netbox.url = "https://admin:pa55word@nb.example.com/"
                store.url = "jdbc:postgresql://db:5432/nba?user=nba&password=s3cret&ssl=true"
                """);
        assertThat(loaded.settings()).contains(
                new SettingRow("netbox.url", "https://******@nb.example.com/"),
                new SettingRow("store.url", "jdbc:postgresql://db:5432/nba?user=nba&password=******&ssl=true"));
        assertThat(loaded.settings().toString()).doesNotContain("pa55word").doesNotContain("s3cret");
        assertThat(loaded.errors()).singleElement().extracting(ConfigProblem::describe).asString()
                .startsWith("netbox.url:")
                .contains("holds a user name or password").doesNotContain("pa55word");

        LoadedConfig invalid = fixture().load("""
                netbox.url = "ftp://admin:pa55word@nb.example.com/"
                store.url = "jdbc:mysql://db/nba?password=s3cret"
                """);
        assertThat(invalid.errors()).hasSize(2);
        assertThat(invalid.errors().toString()).doesNotContain("pa55word").doesNotContain("s3cret");
    }

    @Test
    void anUnsetOptionalEnvironmentSecretLeavesTheKeyUnset() throws IOException {
        LoadedConfig loaded = fixture().load("netbox.token = ${?NETBOX_TOKEN}\n");
        assertThat(loaded.isValid()).isTrue();
        assertThat(loaded.config().orElseThrow().netbox().token()).isEmpty();
    }

    @Test
    void aMandatorySubstitutionThatIsMissingNamesTheVariable() throws IOException {
        LoadedConfig loaded = fixture().load("netbox.token = ${NETBOX_TOKEN}\n");
        assertThat(loaded.errors()).singleElement().extracting(ConfigProblem::describe).asString()
                .contains("line 1").contains("NETBOX_TOKEN").contains("${?NAME}");
    }

    @Test
    void aSyntaxErrorNamesTheFileAndLine() throws IOException {
        LoadedConfig loaded = fixture().load("netbox {\n  url = \"https://x\"\n  timeout = = 3\n");
        assertThat(loaded.errors()).singleElement().extracting(ConfigProblem::describe).asString()
                .contains("netbox-auto.conf line 3").contains("not valid HOCON");
    }

    @Test
    void aConfigFileReadableByOthersGetsAWarningButStillLoads() throws IOException {
        Path file = fixture().write("open.conf", "netbox.timeout = 5s\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        LoadedConfig loaded = fixture().loader(Map.of()).load(Optional.of(file));

        assertThat(loaded.isValid()).isTrue();
        assertThat(loaded.config().orElseThrow().netbox().timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(loaded.warnings()).singleElement().extracting(ConfigProblem::describe).asString()
                .contains("can be read by other users").contains("chmod 600");
    }

    @Test
    void aMissingFileNamesEveryPlaceSearchedAndTheCommandThatWritesOne() {
        AppDirectories dirs = new AppDirectories(dir.resolve("cfg"), dir.resolve("data"));
        ConfigLoader loader = new ConfigLoader(new ConfigLocations(dirs, Map.of(), true));

        LoadedConfig loaded = loader.load(Optional.empty());

        assertThat(loaded.file()).isEmpty();
        assertThat(loaded.searched()).containsExactly(dirs.defaultConfigFile(), ConfigLocations.SYSTEM_FILE);
        assertThat(loaded.errors()).singleElement().extracting(ConfigProblem::describe).asString()
                .contains(dirs.defaultConfigFile().toString())
                .contains("/etc/netbox-auto/netbox-auto.conf")
                .contains("netbox-auto config init");
    }

    @Test
    void theEnvironmentVariableNamesTheFileWhenNoOptionIsGiven() throws IOException {
        Path file = fixture().write("from-env.conf", "netbox.page-size = 100\n");
        ConfigLoader loader = fixture().loader(Map.of(ConfigLocations.ENV_VAR, file.toString()));

        LoadedConfig loaded = loader.load(Optional.empty());

        assertThat(loaded.file()).contains(file);
        assertThat(loaded.config().orElseThrow().netbox().pageSize()).isEqualTo(100);
    }

    @Test
    void listsOfChoicesNameEachWrongEntry() throws IOException {
        LoadedConfig loaded = fixture().load("""
                sources.scan { methods = [arp, smoke], tcp-ports = [22, 70000] }
                correlation.hostname-precedence = scan
                sources.routeros = [ { name = r, host = r.lan, username = u, password = p, collect = [] } ]
                """);
        assertThat(loaded.errors()).extracting(ConfigProblem::describe)
                .anySatisfy(m -> assertThat(m).startsWith("sources.scan.methods: \"smoke\" is not one of arp, icmp, tcp"))
                .anySatisfy(m -> assertThat(m).startsWith("sources.scan.tcp-ports: 70000 is not a TCP port"))
                .anySatisfy(m -> assertThat(m).startsWith("correlation.hostname-precedence: \"scan\" is not a list"))
                .anySatisfy(m -> assertThat(m).startsWith("sources.routeros[0].collect: is empty"));
    }

    @Test
    void ipv6PrefixesAreSweptAndMaxPrefixV6KeepsAddressByAddressProbingSmall() throws IOException {
        LoadedConfig defaults = fixture().load("""
                sources.scan { enabled = true, subnets = ["fd00:1::/64", "2001:db8:5::/64", "10.0.0.0/24"] }
                """);
        assertThat(defaults.errors()).isEmpty();
        ScanConfig scan = defaults.config().orElseThrow().sources().scan();
        assertThat(scan.subnets()).hasSize(3);
        assertThat(scan.maxPrefixV6()).isEqualTo(120);

        LoadedConfig tooWide = fixture().load("sources.scan { max-prefix-v6 = 64 }");
        assertThat(tooWide.errors()).extracting(ConfigProblem::describe)
                .anySatisfy(m -> assertThat(m).startsWith("sources.scan.max-prefix-v6"));
        LoadedConfig publicPrefix = fixture().load("sources.scan { subnets = [\"2a00:1450::/64\"] }");
        assertThat(publicPrefix.errors()).extracting(ConfigProblem::describe)
                .anySatisfy(m -> assertThat(m).contains("2a00:1450").contains("public range"));
    }

    @Test
    void aRouterCanBeAskedForItsIpv6NeighboursAndDhcpv6Bindings() throws IOException {
        LoadedConfig loaded = fixture().load("""
                sources.routeros = [ { name = r, host = r.lan, username = u, password = p,
                                       collect = [dhcp-leases, arp, ipv6-neighbors, dhcpv6-bindings] } ]
                """);
        assertThat(loaded.errors()).isEmpty();
        assertThat(loaded.config().orElseThrow().sources().routeros().getFirst().collect()).containsExactly(
                RouterOsSource.Table.DHCP_LEASES, RouterOsSource.Table.ARP, RouterOsSource.Table.IPV6_NEIGHBORS,
                RouterOsSource.Table.DHCPV6_BINDINGS);
    }

    @Test
    void aFolderGivenAsTheConfigFileIsNamedAsSuch() {
        LoadedConfig loaded = fixture().loader(Map.of()).load(Optional.of(dir));
        assertThat(loaded.errors()).singleElement().extracting(ConfigProblem::describe).asString()
                .contains(dir + " is a folder").contains("netbox-auto.conf");
    }

    @Test
    void bothASecretAndItsFileIsAnError() throws IOException {
        LoadedConfig loaded = fixture().load("""
                store { url = "jdbc:postgresql://db:5432/nba", password = x, password-file = "/nonexistent" }
                """);
        assertThat(loaded.errors()).extracting(ConfigProblem::describe)
                .anySatisfy(m -> assertThat(m).startsWith("store.password: is set together with password-file"));
    }

    @Test
    void anUnreadableSecretFileIsAnErrorNamingTheFile() throws IOException {
        LoadedConfig loaded = fixture().load("netbox.token-file = \"/nonexistent/token\"\n");
        assertThat(loaded.errors()).extracting(ConfigProblem::describe)
                .anySatisfy(m -> assertThat(m).startsWith("netbox.token-file: cannot read /nonexistent/token"));
    }
}
