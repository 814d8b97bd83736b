package org.netboxauto.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Installs and removes the systemd user service that runs {@code netbox-auto watch}. */
public final class ScheduleService {

    /** What happened, in words, and whether systemd took it. */
    public record Outcome(boolean ok, List<String> lines) {
        public Outcome {
            lines = List.copyOf(lines);
        }
    }

    private final Path unitFolder;

    public ScheduleService(Path unitFolder) {
        this.unitFolder = unitFolder;
    }

    /** {@code $XDG_CONFIG_HOME/systemd/user}, else {@code ~/.config/systemd/user}. */
    public static Path userUnitFolder(Map<String, String> env) {
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("systemd").resolve("user");
    }

    /**
     * The launcher the service runs: {@code given}, else the one running now (jpackage's or the script's).
     *
     * @throws IllegalArgumentException naming the option when there is no usable launcher
     */
    public static Path launcher(Optional<Path> given) {
        if (given.isPresent()) {
            if (!Files.isExecutable(given.get())) {
                throw new IllegalArgumentException("--launcher " + given.get() + " is not an executable file");
            }
            return given.get().toAbsolutePath();
        }
        Optional<Path> running = Optional.ofNullable(System.getProperty("jpackage.app-path")).map(Path::of)
                .or(() -> Optional.ofNullable(System.getProperty("netboxauto.app.home"))
                        .map(home -> Path.of(home, "bin", "netbox-auto")));
        return running.filter(Files::isExecutable).map(Path::toAbsolutePath).orElseThrow(() ->
                new IllegalArgumentException("cannot tell which netbox-auto launcher runs now; name it with"
                        + " --launcher PATH (e.g. --launcher /opt/netbox-auto/bin/netbox-auto)"));
    }

    public Path unitFile() {
        return unitFolder.resolve(ScheduleUnit.NAME + ".service");
    }

    /** Writes the unit, then (when {@code enable}) reloads systemd and enables and starts it. */
    public Outcome install(ScheduleUnit unit, boolean enable) throws IOException {
        Files.createDirectories(unitFolder);
        Files.writeString(unitFile(), unit.systemd(), StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of("Wrote " + unitFile()));
        if (!enable) {
            lines.add("Enable it with: systemctl --user daemon-reload && systemctl --user enable --now "
                    + ScheduleUnit.NAME);
            return new Outcome(true, lines);
        }
        Optional<String> failed = systemctl("daemon-reload").or(() -> systemctl("enable", "--now",
                ScheduleUnit.NAME + ".service"));
        if (failed.isPresent()) {
            lines.add("systemd did not take it: " + failed.get());
            lines.add("The unit is in place. Enable it by hand once a user session of systemd runs:"
                    + " systemctl --user daemon-reload && systemctl --user enable --now " + ScheduleUnit.NAME);
            return new Outcome(false, lines);
        }
        lines.add("Enabled and started " + ScheduleUnit.NAME + "; follow it with: journalctl --user -u "
                + ScheduleUnit.NAME + " -f");
        lines.add("To keep it running while you are logged out: loginctl enable-linger");
        return new Outcome(true, lines);
    }

    /** Stops and disables the service (when systemd runs) and deletes the unit. */
    public Outcome remove() throws IOException {
        List<String> lines = new ArrayList<>();
        if (!Files.exists(unitFile())) {
            return new Outcome(true, List.of("No " + unitFile() + "; nothing to remove"));
        }
        Optional<String> failed = systemctl("disable", "--now", ScheduleUnit.NAME + ".service");
        failed.ifPresent(f -> lines.add("systemd could not stop it (" + f + "); deleting the unit anyway"));
        Files.delete(unitFile());
        lines.add("Removed " + unitFile());
        systemctl("daemon-reload");
        return new Outcome(true, lines);
    }

    /** Empty when systemctl succeeded, else what it said. */
    private static Optional<String> systemctl(String... args) {
        List<String> command = new ArrayList<>(List.of("systemctl", "--user"));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.of("systemctl --user " + String.join(" ", args) + " did not answer in 20 s");
            }
            String said = new String(p.getInputStream().readNBytes(4096), StandardCharsets.UTF_8).strip();
            return p.exitValue() == 0 ? Optional.empty()
                    : Optional.of(said.isEmpty() ? "systemctl exited with " + p.exitValue() : said.lines().findFirst()
                            .orElse(said));
        } catch (IOException e) {
            return Optional.of("systemctl could not be run (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }
}
