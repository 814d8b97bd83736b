package org.netboxauto.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the packaged launcher (target/netbox-auto/bin/netbox-auto) with a private home. */
final class Launcher {

    record Result(int exit, String out, String err) {
    }

    private final Path home;

    Launcher(Path home) {
        this.home = home;
    }

    static Path script() {
        return Path.of(System.getProperty("netboxauto.launcher", "target/netbox-auto/bin/netbox-auto"));
    }

    Path configDir() {
        return home.resolve("config/netbox-auto");
    }

    Path dataDir() {
        return home.resolve("data/netbox-auto");
    }

    Result run(String... args) throws IOException, InterruptedException {
        return run(Map.of(), args);
    }

    Result run(Map<String, String> extraEnv, String... args) throws IOException, InterruptedException {
        Running running = start(extraEnv, args);
        if (!running.process().waitFor(60, TimeUnit.SECONDS)) {
            running.process().destroyForcibly();
            throw new AssertionError("launcher did not finish in 60 s: " + List.of(args));
        }
        return running.result();
    }

    /** A launcher run in progress, e.g. to be killed. */
    record Running(Process process, Path out, Path err) {
        Result result() throws IOException {
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        }
    }

    Running start(Map<String, String> extraEnv, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(script().toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        env.remove(org.netboxauto.config.ConfigLocations.ENV_VAR);
        env.put("HOME", home.toString());
        env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        env.put("XDG_DATA_HOME", home.resolve("data").toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        // the class cache is built by background jobs that would outlive the test's folder
        env.put("NETBOX_AUTO_AOT", "0");
        env.putAll(extraEnv);
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        return new Running(pb.start(), out, err);
    }
}
