package org.netboxauto.discovery.names;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.netboxauto.config.NamesConfig;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.names.NameMethod;
import org.netboxauto.core.names.NameRequest;
import org.netboxauto.testsupport.ChildProcesses;
import org.netboxauto.testsupport.NamesLab;

/**
 * Names for a /24 of 250 nameless hosts where nothing answers (an empty namespace segment, a silent name server on
 * loopback), side by side with {@code nmap -sL} (reverse DNS only) and {@code nbtscan} (NetBIOS only) on the same
 * lab. Prints figures, never fails on time. Run with {@code -Dtest=NamesBenchmarkTest -Dnames.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "names.benchmark", matches = "true")
class NamesBenchmarkTest {

    private static final int HOSTS = 250;
    /** nmap waits for a silent server far longer than the other two; past this it is stopped and shown as more. */
    private static final long NMAP_CAP_SECONDS = Long.getLong("names.benchmark.nmap-cap", 120);

    @Test
    void aSilentSlash24() throws Exception {
        try (NamesLab lab = NamesLab.empty(); DatagramSocket silent = new DatagramSocket(0,
                InetAddress.getLoopbackAddress())) {
            List<NameRequest> requests = new ArrayList<>();
            for (int i = 3; i < 3 + HOSTS; i++) {
                requests.add(new NameRequest(MacAddress.parse(String.format("02:37:00:00:00:%02x", i)).orElseThrow(),
                        lab.silent(i)));
            }
            String range = lab.silent(3).replaceAll("\\.\\d+$", ".3-252");
            List<String> lines = new ArrayList<>();
            lines.add(String.format(Locale.ROOT, "names for %d silent hosts (load %s)", HOSTS, load()));
            for (int round = 0; round < Integer.getInteger("names.benchmark.rounds", 1); round++) {
                NameFinder ours = new NameFinder(new NamesConfig(true, List.of(NameMethod.PTR, NameMethod.NETBIOS,
                        NameMethod.MDNS), List.of(), Duration.ofSeconds(1), 256),
                        List.of((InetSocketAddress) silent.getLocalSocketAddress()));
                long start = System.nanoTime();
                NameResults results = ours.find(requests);
                long oursMs = (System.nanoTime() - start) / 1_000_000;
                long nmapOnlyMs = timed(List.of("ip", "netns", "exec", lab.namespace(), "sh", "-c",
                        "python3 -c 'import socket,time; s=socket.socket(socket.AF_INET,socket.SOCK_DGRAM);"
                                + " s.bind((\"127.0.0.1\",53)); time.sleep(600)' & sleep 0.3;"
                                + " start=$(date +%s%N); timeout " + NMAP_CAP_SECONDS
                                + " nmap -sL --dns-servers 127.0.0.1 " + range
                                + " >/dev/null; echo $(( ($(date +%s%N) - start) / 1000000 )) > /dev/stderr; kill $!"));
                long nbtMs = timed(List.of("nbtscan", "-q", "-t", "1000", range));
                lines.add(String.format(Locale.ROOT, "  round %d: ours (ptr+netbios+mdns) %d ms, %d names;"
                                + " nmap -sL (ptr) %s%d ms (%.2fx ours); nbtscan (netbios) %d ms (%.2fx ours)", round,
                        oursMs, results.found().size(), nmapOnlyMs >= NMAP_CAP_SECONDS * 1000 ? "stopped after " : "",
                        nmapOnlyMs, nmapOnlyMs / (double) oursMs, nbtMs,
                        nbtMs / (double) oursMs));
            }
            lines.forEach(System.out::println);
        }
    }

    /** Wall time of the command; for the nmap run, the time it prints itself (the silent server's start left out). */
    private static long timed(List<String> command) throws Exception {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes()).strip();
        p.waitFor(600, TimeUnit.SECONDS);
        long wall = (System.nanoTime() - start) / 1_000_000;
        return err.matches("\\d+") ? Long.parseLong(err) : wall;
    }

    private static String load() {
        try {
            return ChildProcesses.run(List.of("cat", "/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "?";
        }
    }
}
