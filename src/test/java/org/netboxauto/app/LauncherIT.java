package org.netboxauto.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged launcher end to end, as an admin or a cron job runs it. */
class LauncherIT {

    @TempDir
    Path home;

    @Test
    void helpListsEveryProductCommandAndExitsZero() throws Exception {
        Launcher.Result r = new Launcher(home).run("--help");

        assertThat(r.exit()).isZero();
        for (String command : new String[] {"discover", "hosts", "approve", "reject", "classify", "diff", "push",
            "status", "watch", "schedule", "alerts", "config", "gui"}) {
            assertThat(r.out()).containsPattern("(?m)^\\s+" + command + "\\s");
        }
        assertThat(r.out()).contains("--config").contains("Exit codes");
    }

    @Test
    void versionPrintsTheProductVersion() throws Exception {
        Launcher.Result r = new Launcher(home).run("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).containsPattern("netbox-auto \\d+\\.\\d+\\.\\d+").contains("Java 25");
    }

    @Test
    void pushWithoutNetBoxConfiguredSaysWhatToSetAndExitsTwo() throws Exception {
        Path conf = home.resolve("no-netbox.conf");
        Files.writeString(conf, "store { }\n");
        Files.setPosixFilePermissions(conf, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        Launcher.Result r = new Launcher(home).run("--config", conf.toString(), "push", "--dry-run");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("push").contains("set netbox.url and netbox.token");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitTwo() throws Exception {
        Launcher.Result r = new Launcher(home).run("status", "--jsn");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--jsn");
    }

    @Test
    void aMissingConfigFileExplainsOnOneScreenWhatToDo() throws Exception {
        Path missing = home.resolve("missing.conf");
        Launcher.Result r = new Launcher(home).run("--config", missing.toString(), "status");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(missing.toString())
                .contains("netbox-auto config init --path " + missing)
                .contains("netbox-auto config check")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.err().lines().count()).isLessThan(12);
    }

    @Test
    void withoutAnyConfigTheMessageNamesEveryPlaceSearched() throws Exception {
        Launcher launcher = new Launcher(home);
        Launcher.Result r = launcher.run("status");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(launcher.configDir().resolve("netbox-auto.conf").toString())
                .contains("/etc/netbox-auto/netbox-auto.conf").contains("netbox-auto config init");
    }

    @Test
    void configInitThenCheckThenStatusJsonOnAFreshStore() throws Exception {
        Launcher launcher = new Launcher(home);

        Launcher.Result init = launcher.run("config", "init");
        Path written = launcher.configDir().resolve("netbox-auto.conf");
        assertThat(init.exit()).isZero();
        assertThat(init.out()).contains(written.toString());
        assertThat(Files.getPosixFilePermissions(written)).isEqualTo(PosixFilePermissions.fromString("rw-------"));

        Launcher.Result again = launcher.run("config", "init");
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("already exists and was not overwritten")
                .contains("config init --path " + written + ".example");

        Launcher.Result check = launcher.run("config", "check");
        assertThat(check.exit()).as(check.err()).isZero();
        assertThat(check.out()).contains(written + " is valid");

        Launcher.Result status = launcher.run("status", "--json");
        assertThat(status.exit()).as(status.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(status.out());
        assertThat(json.get("store").asText()).startsWith(launcher.dataDir().toString());
        assertThat(json.get("config").asText()).isEqualTo(written.toString());
        assertThat(json.get("runs").asLong()).isZero();
        assertThat(json.get("hosts").get("total").asLong()).isZero();
        assertThat(json.get("hosts").get("pending").asLong()).isZero();
        assertThat(json.get("hosts").get("approved").asLong()).isZero();
        assertThat(json.get("hosts").get("rejected").asLong()).isZero();
        assertThat(Files.exists(launcher.dataDir().resolve("netbox-auto.log"))).isTrue();
        assertThat(Files.getPosixFilePermissions(launcher.dataDir())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void anUnreachableStoreIsARunTimeFailureWithExitOneAndNoStackTrace() throws Exception {
        Path conf = home.resolve("pg.conf");
        Files.writeString(conf, "store { url = \"jdbc:postgresql://127.0.0.1:9/netbox_auto\", username = nba,"
                + " password = \"hunter2-secret\" }\n");
        Files.setPosixFilePermissions(conf, PosixFilePermissions.fromString("rw-------"));

        Launcher.Result r = new Launcher(home).run("--config", conf.toString(), "status");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("127.0.0.1:9").doesNotContain("\tat ").doesNotContain("hunter2-secret");
        assertThat(Files.readString(new Launcher(home).dataDir().resolve("netbox-auto.log")))
                .doesNotContain("hunter2-secret");
    }

    @Test
    void aCommandLeavesAClassCacheForTheNextRunWithoutChangingItsOutput() throws Exception {
        Launcher launcher = new Launcher(home);
        java.util.Map<String, String> withCache = java.util.Map.of("NETBOX_AUTO_AOT", "1");
        launcher.run("config", "init");
        long start = System.nanoTime();
        Launcher.Result first = launcher.run(withCache, "status", "--json");
        long firstMs = (System.nanoTime() - start) / 1_000_000;
        Path cacheDir = home.resolve(".cache/netbox-auto");
        for (int i = 0; i < 240 && !hasFile(cacheDir, "cli-", ".aot"); i++) {
            Thread.sleep(250);
        }

        start = System.nanoTime();
        Launcher.Result second = launcher.run(withCache, "status", "--json");
        long secondMs = (System.nanoTime() - start) / 1_000_000;
        System.out.println("[startup] status --json through the launcher: " + firstMs + " ms without the class cache, "
                + secondMs + " ms with it");

        assertThat(hasFile(cacheDir, "cli-", ".aot")).as("a class cache was built").isTrue();
        assertThat(first.exit()).isZero();
        assertThat(second.exit()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(second.err()).isEqualTo(first.err()).isEmpty();
        try (var files = Files.list(launcher.dataDir())) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .as("recording the run for the cache left nothing else in the data folder").containsOnly("store.mv.db", "store.password", "store.closed", "netbox-auto.log");
        }
    }

    @Test
    void discoverKeepsAClassCacheOfItsOwnThatTheSharedOneLeavesAlone() throws Exception {
        Launcher launcher = new Launcher(home);
        java.util.Map<String, String> withCache = java.util.Map.of("NETBOX_AUTO_AOT", "1");
        launcher.run("config", "init");
        Path cacheDir = home.resolve(".cache/netbox-auto");
        launcher.run(withCache, "discover");
        for (int i = 0; i < 240 && !hasFile(cacheDir, "cli-discover-", ".aot"); i++) {
            Thread.sleep(250);
        }
        launcher.run(withCache, "status", "--json");
        for (int i = 0; i < 240 && !(hasFile(cacheDir, "cli-", ".aot") && cacheFiles(cacheDir) == 2); i++) {
            Thread.sleep(250);
        }
        Thread.sleep(1000);

        try (var files = Files.list(cacheDir)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".aot")))
                    .as("a discover's cache and the one status and the other commands share")
                    .hasSize(2).anyMatch(n -> n.matches("cli-discover-[0-9]+-java.*\\.aot"))
                    .anyMatch(n -> n.matches("cli-[0-9]+-java.*\\.aot"));
        }
    }

    private static long cacheFiles(Path dir) throws java.io.IOException {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".aot")).count();
        }
    }

    static boolean hasFile(Path dir, String prefix, String suffix) {
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).anyMatch(n -> n.startsWith(prefix) && n.endsWith(suffix));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Test
    void configCheckListsEveryProblemAndExitsTwo() throws Exception {
        Path bad = home.resolve("bad.conf");
        Files.writeString(bad, """
                netbox { url = "nb.local", timeot = 5s }
                sources.proxmox = [ { name = pve1, url = "pve:8006" } ]
                """);
        Launcher.Result r = new Launcher(home).run("--config", bad.toString(), "config", "check");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("netbox.url: \"nb.local\" is not a URL")
                .contains("netbox.timeot: unknown key, likely a typo; did you mean \"timeout\"?")
                .contains("sources.proxmox[0].url: \"pve:8006\" is not a URL; expected https://HOST:PORT")
                .contains("sources.proxmox[0].token-id: is required");
    }

    @Test
    void configShowPrintsEveryKeyWithSecretsMasked() throws Exception {
        Path conf = home.resolve("show.conf");
        Files.writeString(conf, """
                netbox { url = "https://nb.example.com", token = ${?NETBOX_TOKEN} }
                sources.snmp = [ { name = sw1, host = "192.0.2.2", community = "c0mmunity-s3cret" } ]
                """);
        Files.setPosixFilePermissions(conf, PosixFilePermissions.fromString("rw-------"));

        Launcher.Result r = new Launcher(home).run(java.util.Map.of("NETBOX_TOKEN", "nbt_t0ken-s3cret.x"),
                "--config", conf.toString(), "config", "show");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("netbox.url = https://nb.example.com").contains("netbox.token = ******")
                .contains("sources.snmp[0].community = ******").contains("sources.snmp[0].host = 192.0.2.2")
                .doesNotContain("s3cret");
        assertThat(r.err()).doesNotContain("s3cret");
    }

    @Test
    void theEnvironmentVariableSelectsTheConfigFile() throws Exception {
        Path file = home.resolve("env.conf");
        Files.writeString(file, "netbox.page-size = 50\n");
        Launcher.Result r = new Launcher(home).run(java.util.Map.of("NETBOX_AUTO_CONFIG", file.toString()),
                "config", "check");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains(file + " is valid");
        assertThat(r.err()).contains("can be read by other users");
    }
}
