package org.netboxauto.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code discover} from the packaged launcher as a user runs it: a private home with its own
 * configuration, store and class cache (built in the background after the first run, as for a user),
 * the whole process timed from outside.
 */
public final class DiscoverLauncher {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern COLLECTOR_MS = Pattern.compile(": [\\d,]+ observations in (\\d+) ms");

    private final Path home;
    private final Path script;

    /** @param config the configuration file's text; every key it leaves out keeps its shipped default */
    public DiscoverLauncher(Path home, String config) throws IOException {
        this(home, config, script());
    }

    /** As {@link #DiscoverLauncher(Path, String)} with another build's launcher, e.g. an earlier one. */
    public DiscoverLauncher(Path home, String config, Path script) throws IOException {
        this.home = home;
        this.script = script;
        Path file = home.resolve("config/netbox-auto/netbox-auto.conf");
        Files.createDirectories(file.getParent());
        Files.writeString(file, config);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    public static Path script() {
        return Path.of(System.getProperty("netboxauto.launcher", "target/netbox-auto/bin/netbox-auto"));
    }

    /** Whether the launcher has been packaged ({@code ./mvnw -DskipTests package}). */
    public static boolean packaged() {
        return Files.isExecutable(script());
    }

    /** One run of {@code netbox-auto ARGS}; fails when it exits other than 0. */
    public Timed run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        env.remove(org.netboxauto.config.ConfigLocations.ENV_VAR);
        env.remove("NETBOX_AUTO_AOT");
        env.put("HOME", home.toString());
        env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        env.put("XDG_DATA_HOME", home.resolve("data").toString());
        env.put("XDG_CACHE_HOME", home.resolve("cache").toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        long start = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("netbox-auto " + String.join(" ", args) + " did not end in 10 minutes");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new AssertionError("netbox-auto " + String.join(" ", args) + " exited " + p.exitValue() + ": "
                    + Files.readString(err, StandardCharsets.UTF_8));
        }
        return new Timed(seconds, stdout, Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Waits until the class cache the first run started building is there, as on a user's second run. */
    public void awaitClassCache() throws InterruptedException, IOException {
        Path cache = home.resolve("cache/netbox-auto");
        for (int i = 0; i < 600; i++) {
            if (Files.isDirectory(cache)) {
                try (Stream<Path> files = Files.list(cache)) {
                    if (files.anyMatch(f -> f.getFileName().toString().matches("cli-.*\\.aot"))) {
                        return;
                    }
                }
            }
            Thread.sleep(500);
        }
        System.out.println("[benchmark] no class cache after 5 minutes; runs go without it");
    }

    /** Every IP the last discover run saw, to its host's MAC. */
    public Map<String, String> lastRunIps() throws IOException, InterruptedException {
        JsonNode hosts = JSON.readTree(run("hosts", "--format", "json").out());
        Instant latest = Instant.EPOCH;
        for (JsonNode h : hosts) {
            for (JsonNode ip : h.path("provenance").path("ips")) {
                Instant seen = Instant.parse(ip.path("seenAt").asText());
                latest = seen.isAfter(latest) ? seen : latest;
            }
        }
        Map<String, String> out = new TreeMap<>();
        for (JsonNode h : hosts) {
            for (JsonNode ip : h.path("provenance").path("ips")) {
                if (Instant.parse(ip.path("seenAt").asText()).equals(latest)) {
                    out.put(ip.path("ip").asText(), h.path("mac").asText().toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    /** A finished run: wall seconds of the whole process and what it printed. */
    public record Timed(double seconds, String out, String err) {
    }

    /**
     * The last run's source's own time, from the log file ("scan: 20 observations in 471 ms"), so
     * that the run need not print debug lines ({@code -v}) that cost time of their own.
     */
    public double lastCollectorSeconds() throws IOException {
        List<String> lines = Files.readAllLines(home.resolve("data/netbox-auto/netbox-auto.log"),
                StandardCharsets.UTF_8);
        for (int i = lines.size() - 1; i >= 0; i--) {
            Matcher m = COLLECTOR_MS.matcher(lines.get(i));
            if (m.find()) {
                return Integer.parseInt(m.group(1)) / 1000.0;
            }
        }
        throw new AssertionError("no collector time in the log of " + home);
    }

    /** The private home's folder for files the configuration points at. */
    public Path home() {
        return home;
    }

    /** "min a / median b" of three or more figures. */
    public static String minMedian(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "min %.2f / median %.2f", sorted[0], sorted[sorted.length / 2]);
    }

    public static double min(double[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    public static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
