package org.netboxauto.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.discovery.routeros.peer.PeerOptions;
import org.netboxauto.discovery.routeros.peer.PeerVersion;
import org.netboxauto.discovery.routeros.peer.RouterOsPeer;

/** {@code watch} and {@code schedule} from the packaged launcher, as systemd runs and stops them. */
class WatchIT {

    @TempDir
    Path home;

    @Test
    void watchRunsAtOnceStopsCleanlyOnSigtermAndARestartWaitsItsInterval() throws Exception {
        PeerOptions options = PeerOptions.of(PeerVersion.V7_18);
        try (RouterOsPeer router = RouterOsPeer.api(options)) {
            Launcher launcher = new Launcher(home);
            writeConfig(launcher, router, options);

            Launcher.Running first = launcher.start(Map.of(), "watch", "--every", "1h");
            awaitLine(first, l -> l.contains(" run 1 succeeded"));
            Launcher.Result running = launcher.run("status");
            assertThat(running.out()).containsPattern("Watch: +running \\(PID " + first.process().pid() + " since ")
                    .contains("last run").contains("succeeded (run 1)")
                    .contains("  routeros:core: ");

            first.process().destroy(); // SIGTERM, as systemctl stop sends
            assertThat(first.process().waitFor(40, TimeUnit.SECONDS)).isTrue();
            Launcher.Result stopped = first.result();
            assertThat(stopped.exit()).as("128 + SIGTERM after a clean stop; " + stopped.err()).isEqualTo(143);
            assertThat(stopped.out()).contains("watching routeros:core; first run ")
                    .containsPattern("run 1 succeeded in [0-9.]+ s: routeros:core \\d+ observations; hosts \\d+ new")
                    .contains("watch stopped");
            assertThat(stopped.err()).doesNotContain("\tat ").doesNotContain(options.password());
            assertThat(launcher.run("status").out()).contains("NOT RUNNING: PID " + first.process().pid());

            Launcher.Running again = launcher.start(Map.of(), "watch", "--every", "1h");
            awaitLine(again, l -> l.contains("watching routeros:core"));
            Thread.sleep(2_000);
            again.process().destroy();
            assertThat(again.process().waitFor(40, TimeUnit.SECONDS)).isTrue();
            assertThat(again.result().out()).doesNotContain(" run 2 ").contains("watch stopped");
        }
    }

    @Test
    void scheduleInstallWritesAUnitSystemdAcceptsAndRemoveDeletesIt() throws Exception {
        PeerOptions options = PeerOptions.of(PeerVersion.V7_18);
        try (RouterOsPeer router = RouterOsPeer.api(options)) {
            Launcher launcher = new Launcher(home);
            Path config = writeConfig(launcher, router, options);

            Launcher.Result install = launcher.run("schedule", "install", "--every", "30m", "--no-enable",
                    "--launcher", Launcher.script().toAbsolutePath().toString());
            assertThat(install.exit()).as(install.err()).isZero();
            Path unit = home.resolve("config/systemd/user/netbox-auto-watch.service");
            assertThat(install.out()).contains("Wrote " + unit).contains("systemctl --user enable --now");
            assertThat(Files.readString(unit)).contains("ExecStart=\"" + Launcher.script().toAbsolutePath() + "\""
                    + " \"--config\" \"" + config + "\" \"watch\" \"--every\" \"30m\"").contains("SuccessExitStatus=143");

            Path runtime = Files.createDirectories(home.resolve("run"));
            Files.setPosixFilePermissions(runtime, PosixFilePermissions.fromString("rwx------"));
            ProcessBuilder verify = new ProcessBuilder("systemd-analyze", "verify", "--user", unit.toString())
                    .redirectErrorStream(true);
            verify.environment().put("XDG_RUNTIME_DIR", runtime.toString());
            Process p = verify.start();
            String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as(said).isZero();
            assertThat(said).as("systemd-analyze warnings").isBlank();

            Launcher.Result badEvery = launcher.run("schedule", "install", "--every", "10s", "--no-enable",
                    "--launcher", Launcher.script().toAbsolutePath().toString());
            assertThat(badEvery.exit()).isEqualTo(2);
            assertThat(badEvery.err()).contains("--every \"10s\" is shorter than a minute");

            Launcher.Result remove = launcher.run("schedule", "remove");
            assertThat(remove.exit()).as(remove.err()).isZero();
            assertThat(remove.out()).contains("Removed " + unit);
            assertThat(unit).doesNotExist();
        }
    }

    private Path writeConfig(Launcher launcher, RouterOsPeer router, PeerOptions options) throws Exception {
        Path password = Files.writeString(home.resolve("router.pass"), options.password());
        Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-------"));
        Path config = launcher.configDir().resolve("netbox-auto.conf");
        Files.createDirectories(config.getParent());
        Files.writeString(config, """
                sources.routeros = [
                  { name = core, host = "127.0.0.1", transport = api, port = %d, username = %s,
                    password-file = "%s", collect = [dhcp-leases, arp] }
                ]
                watch { every = 2h }
                """.formatted(router.port(), options.user(), password));
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-------"));
        return config;
    }

    private static void awaitLine(Launcher.Running running, Predicate<String> wanted) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        List<String> lines = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            lines = Files.readAllLines(running.out(), StandardCharsets.UTF_8);
            if (lines.stream().anyMatch(wanted)) {
                return;
            }
            if (!running.process().isAlive()) {
                throw new AssertionError("watch ended early: " + running.result());
            }
            Thread.sleep(100);
        }
        running.process().destroyForcibly();
        throw new AssertionError("no such line in 60 s: " + lines + " / " + Files.readString(running.err()));
    }
}
