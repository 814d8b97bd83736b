package org.netboxauto.service;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The service definitions that keep {@code netbox-auto watch} running: a systemd user unit on Linux,
 * and what to run on macOS (launchd) and Windows (Task Scheduler).
 *
 * @param launcher the installed netbox-auto launcher
 * @param config   the configuration file the watcher reads
 * @param every    {@code --every} for the watcher, when given
 */
public record ScheduleUnit(Path launcher, Path config, Optional<Duration> every) {

    public static final String NAME = "netbox-auto-watch";

    /** The watcher's command line, one argument per element. */
    public List<String> command() {
        List<String> args = new ArrayList<>(List.of(launcher.toString(), "--config", config.toString(), "watch"));
        every.ifPresent(d -> args.addAll(List.of("--every", seconds(d))));
        return args;
    }

    public String systemd() {
        return String.join("\n",
                "# Written by netbox-auto schedule install; netbox-auto schedule remove deletes it.",
                "[Unit]",
                "Description=netbox-auto: scheduled network discovery",
                "",
                "[Service]",
                "Type=simple",
                "ExecStart=" + String.join(" ", command().stream().map(ScheduleUnit::systemdWord).toList()),
                // a stop lets the run under way store what it read
                "KillSignal=SIGTERM",
                // the JVM ends with 128 + 15 once its shutdown hooks have stored the run: a clean stop
                "SuccessExitStatus=143",
                "TimeoutStopSec=45s",
                "Restart=on-failure",
                "RestartSec=30s",
                "",
                "[Install]",
                "WantedBy=default.target",
                "");
    }

    public String launchd() {
        StringBuilder args = new StringBuilder();
        command().forEach(a -> args.append("    <string>").append(xml(a)).append("</string>\n"));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\""
                + " \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                + "<plist version=\"1.0\">\n<dict>\n"
                + "  <key>Label</key><string>org.netboxauto.watch</string>\n"
                + "  <key>ProgramArguments</key>\n  <array>\n" + args + "  </array>\n"
                + "  <key>RunAtLoad</key><true/>\n  <key>KeepAlive</key><true/>\n"
                + "</dict>\n</plist>\n";
    }

    public String windows() {
        return "schtasks /Create /TN \"" + NAME + "\" /SC ONLOGON /RL LIMITED /TR \""
                + String.join(" ", command().stream().map(a -> a.contains(" ") ? "\\\"" + a + "\\\"" : a).toList())
                + "\"";
    }

    private static String seconds(Duration d) {
        return d.toSeconds() % 3600 == 0 ? d.toHours() + "h" : d.toSeconds() % 60 == 0 ? d.toMinutes() + "m"
                : d.toSeconds() + "s";
    }

    /** One ExecStart word: quoted, with systemd's specifiers ({@code %}) and variables ({@code $}) made literal. */
    static String systemdWord(String arg) {
        String escaped = arg.replace("\\", "\\\\").replace("\"", "\\\"").replace("%", "%%").replace("$", "$$");
        return "\"" + escaped + "\"";
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
