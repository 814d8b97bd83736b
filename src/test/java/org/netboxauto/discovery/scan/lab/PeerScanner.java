package org.netboxauto.discovery.scan.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs nmap, arp-scan or fping against a lab and reads back which addresses they found. */
public final class PeerScanner {

    private static final Pattern IP = Pattern.compile("(\\d+\\.\\d+\\.\\d+\\.\\d+)");
    private static final Pattern NMAP_HOST = Pattern.compile("Nmap scan report for (\\S+)");

    private PeerScanner() {
    }

    /** What a peer found and how long it took; {@code found} maps IP to MAC (empty when it has none). */
    public record Run(String name, double seconds, Map<String, String> found, boolean timedOut) {
    }

    public static Run nmap(String nic, String cidr, long limitSeconds) throws IOException, InterruptedException {
        return run("nmap -sn -n", List.of("nmap", "-sn", "-n", "-e", nic, cidr), limitSeconds, PeerScanner::nmapHosts);
    }

    public static Run arpScan(String label, String nic, String cidr, List<String> extra, long limitSeconds)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("arp-scan", "-q", "-x", "-I", nic));
        cmd.addAll(extra);
        cmd.add(cidr);
        return run(label, cmd, limitSeconds, PeerScanner::firstColumnHosts);
    }

    public static Run fping(String cidr, long limitSeconds) throws IOException, InterruptedException {
        return run("fping -g", List.of("fping", "-a", "-q", "-g", cidr), limitSeconds, PeerScanner::firstColumnHosts);
    }

    private static Run run(String name, List<String> cmd, long limitSeconds,
                           Function<String, Map<String, String>> parse)
            throws IOException, InterruptedException {
        Path output = Files.createTempFile("peer-scan", ".txt");
        try {
            long start = System.nanoTime();
            // output goes to a file: reading a pipe would wait for the peer to end, past the limit
            Process p = new ProcessBuilder(cmd).redirectOutput(output.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            boolean done = p.waitFor(limitSeconds, TimeUnit.SECONDS);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (!done) {
                p.destroy();
                p.waitFor(5, TimeUnit.SECONDS);
            }
            return new Run(name, seconds, parse.apply(Files.readString(output, StandardCharsets.UTF_8)),
                    !done);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    static Map<String, String> nmapHosts(String out) {
        Map<String, String> found = new TreeMap<>();
        String current = null;
        for (String line : out.split("\n")) {
            Matcher m = NMAP_HOST.matcher(line);
            if (m.find()) {
                current = m.group(1);
                found.put(current, "");
            } else if (line.startsWith("MAC Address: ") && current != null) {
                found.put(current, line.substring(13, 30).toLowerCase(Locale.ROOT));
            }
        }
        return found;
    }

    private static Map<String, String> firstColumnHosts(String out) {
        Map<String, String> found = new TreeMap<>();
        for (String line : out.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length > 0 && IP.matcher(f[0]).matches()) {
                found.put(f[0], f.length > 1 ? f[1].toLowerCase(Locale.ROOT) : "");
            }
        }
        return found;
    }
}
