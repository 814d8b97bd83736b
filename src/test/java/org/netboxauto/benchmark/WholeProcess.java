package org.netboxauto.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs a whole process as a user would — the packaged launcher with the shipped defaults, or a
 * plain Java main as the peer — and measures its wall time and peak resident memory (the kernel's
 * high-water mark of the process and its children, sampled until it exits), and its CPU time: on a
 * shared machine the CPU a run used varies far less than its wall time.
 */
final class WholeProcess {

    /** What one run took. */
    record Run(int exit, String out, String err, long wallMs, long peakRssMb, long cpuMs) {
    }

    /** Min and median of several runs. */
    record Figures(long minMs, long medianMs, long minRssMb, long medianRssMb, long minCpuMs, long medianCpuMs) {
        static Figures of(List<Run> runs) {
            long[] ms = runs.stream().mapToLong(Run::wallMs).sorted().toArray();
            long[] mb = runs.stream().mapToLong(Run::peakRssMb).sorted().toArray();
            long[] cpu = runs.stream().mapToLong(Run::cpuMs).sorted().toArray();
            return new Figures(ms[0], ms[ms.length / 2], mb[0], mb[mb.length / 2], cpu[0], cpu[cpu.length / 2]);
        }

        @Override
        public String toString() {
            return String.format("%,d / %,d ms, %,d / %,d MB, CPU %,d / %,d ms", minMs, medianMs, minRssMb,
                    medianRssMb, minCpuMs, medianCpuMs);
        }

        String ratio(Figures peer) {
            return String.format("%.2fx time, %.2fx memory", (double) medianMs / Math.max(1, peer.medianMs),
                    (double) medianRssMb / Math.max(1, peer.medianRssMb));
        }
    }

    private final Path home;

    WholeProcess(Path home) {
        this.home = home;
    }

    static Path launcher() {
        return Path.of(System.getProperty("netboxauto.launcher", "target/netbox-auto/bin/netbox-auto"));
    }

    Path configFile() {
        return home.resolve("config/netbox-auto/netbox-auto.conf");
    }

    Path dataDir() {
        return home.resolve("data/netbox-auto");
    }

    /** The packaged launcher with this home, its class cache included (as shipped). */
    Run launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(launcher().toString());
        command.addAll(Arrays.asList(args));
        return run(command, env);
    }

    /** A main class of the test classpath in a JVM of its own. */
    Run java(Class<?> main, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(Arrays.asList(args));
        return run(command, Map.of());
    }

    /** Any program, e.g. curl as a peer. */
    Run command(String... command) throws IOException, InterruptedException {
        return run(List.of(command), Map.of());
    }

    /** Starts the launcher once so that it builds its class cache, and waits until the cache is there. */
    void warmUp() throws IOException, InterruptedException {
        launch(Map.of(), "--version");
        launch(Map.of(), "status");
        Path cache = home.resolve("cache/netbox-auto");
        for (int i = 0; i < 1200 && !hasCache(cache); i++) {
            Thread.sleep(100);
        }
    }

    /**
     * Runs a command once, as a user's first run of it does, so that the launcher builds the class cache that
     * command keeps of its own (discover, watch, push and diff do), and waits until it is there.
     */
    void cacheFor(Map<String, String> env, String... command) throws IOException, InterruptedException {
        Path cache = home.resolve("cache/netbox-auto");
        long before = caches(cache);
        launch(env, command);
        for (int i = 0; i < 1200 && !(caches(cache) > before && hasCache(cache)); i++) {
            Thread.sleep(100);
        }
    }

    private static long caches(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".aot")).count();
        }
    }

    private static boolean hasCache(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var files = Files.list(dir)) {
            List<Path> all = files.toList();
            return all.stream().anyMatch(p -> p.toString().endsWith(".aot"))
                    && all.stream().noneMatch(p -> p.toString().endsWith(".lock"));
        }
    }

    private Run run(List<String> command, Map<String, String> extraEnv) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        env.remove(org.netboxauto.config.ConfigLocations.ENV_VAR);
        env.remove("NETBOX_AUTO_JAVA_OPTS");
        // e.g. a flight recording of the measured process: -Dnetboxauto.bench.java-opts=-XX:StartFlightRecording=...
        Optional.ofNullable(System.getProperty("netboxauto.bench.java-opts"))
                .ifPresent(o -> env.put("NETBOX_AUTO_JAVA_OPTS", o));
        env.remove("NETBOX_AUTO_AOT");
        env.put("HOME", home.toString());
        env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        env.put("XDG_DATA_HOME", home.resolve("data").toString());
        env.put("XDG_CACHE_HOME", home.resolve("cache").toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.putAll(extraEnv);
        Files.createDirectories(home);
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        long start = System.nanoTime();
        Process process = pb.start();
        long peakKb = 0;
        long cpuMs = 0;
        while (!process.waitFor(10, TimeUnit.MILLISECONDS)) {
            peakKb = Math.max(peakKb, highWaterKb(process.toHandle()));
            cpuMs = Math.max(cpuMs, cpuMs(process.toHandle()));
        }
        long wallMs = (System.nanoTime() - start) / 1_000_000;
        Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8), wallMs, peakKb / 1024, cpuMs);
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    /** The largest VmHWM of the process and its descendants (the launcher script execs or starts Java). */
    private static long highWaterKb(ProcessHandle process) {
        long max = vmHwmKb(process.pid()).orElse(0L);
        for (ProcessHandle child : process.descendants().toList()) {
            max = Math.max(max, vmHwmKb(child.pid()).orElse(0L));
        }
        return max;
    }

    /** CPU time of the process and its descendants so far (the last ten milliseconds before it exits are not seen). */
    private static long cpuMs(ProcessHandle process) {
        long ms = process.info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(0L);
        for (ProcessHandle child : process.descendants().toList()) {
            ms += child.info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(0L);
        }
        return ms;
    }

    private static Optional<Long> vmHwmKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Optional.of(Long.parseLong(line.replaceAll("\\D", "")));
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
