package org.netboxauto.discovery.scan.lab;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.netboxauto.core.dns.DnsAddresses;

/**
 * The IPv6 peers a lab is checked against: {@code ping -6 ff02::1%IF} then {@code ip -6 neigh},
 * nmap's multicast echo script, and {@code ndisc6} for one address.
 */
public final class Ipv6Peers {

    private static final Pattern PING_FROM = Pattern.compile("bytes from ([0-9a-fA-F:]+)");

    private Ipv6Peers() {
    }

    /**
     * {@code ping -6 -i 0.2 -w SECONDS -I SOURCE ff02::1%IF}, then the MACs from {@code ip -6 neigh}. A
     * ping to a group has no last answer to wait for, so it runs until the deadline ({@code -c} would
     * stop it at the first answers, our own among them).
     */
    public static PeerScanner.Run pingAllNodes(String nic, String source, int seconds)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        String out = run(List.of("ping", "-6", "-n", "-i", "0.2", "-w", String.valueOf(seconds), "-I", source,
                "ff02::1%" + nic), seconds + 30);
        Map<String, String> found = new TreeMap<>();
        Matcher m = PING_FROM.matcher(out);
        while (m.find()) {
            String ip = m.group(1).replaceAll(":$", "");
            if (!canonical(ip).equals(canonical(source))) {
                found.put(canonical(ip), "");
            }
        }
        Map<String, String> neigh = neighbours(nic);
        found.replaceAll((ip, mac) -> neigh.getOrDefault(ip, ""));
        return new PeerScanner.Run("ping -6 ff02::1 + ip neigh", (System.nanoTime() - start) / 1e9, found, false);
    }

    /** nmap's targets-ipv6-multicast-echo with newtargets, a ping scan of what answered. */
    public static PeerScanner.Run nmapMulticastEcho(String nic, long limitSeconds)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        String out = run(List.of("nmap", "-6", "-sn", "-n", "-e", nic, "--script", "targets-ipv6-multicast-echo",
                "--script-args", "newtargets,interface=" + nic), limitSeconds);
        Map<String, String> found = new TreeMap<>();
        PeerScanner.nmapHosts(out).forEach((ip, mac) -> found.put(canonical(ip), mac));
        return new PeerScanner.Run("nmap -6 multicast echo", (System.nanoTime() - start) / 1e9, found, false);
    }

    /** The MAC {@code ndisc6} resolves for {@code ip} on {@code nic}, or "" when none answers. */
    public static String ndisc6(String ip, String nic) throws IOException, InterruptedException {
        String out = run(List.of("ndisc6", "-q", "-r", "2", "-w", "500", ip, nic), 10).trim();
        return out.matches("[0-9A-Fa-f:]{17}") ? out.toLowerCase(Locale.ROOT) : "";
    }

    /** Address to MAC of every entry of the kernel's IPv6 neighbour table on {@code nic}. */
    public static Map<String, String> neighbours(String nic) throws IOException, InterruptedException {
        return neighbourLines(run(List.of("ip", "-6", "neigh", "show", "dev", nic), 10));
    }

    /**
     * Address to MAC of every entry with a link-layer address in the neighbour table of {@code namespace}, for
     * {@code family} {@code -4} or {@code -6}, on every interface.
     */
    public static Map<String, String> neighbours(String namespace, String family)
            throws IOException, InterruptedException {
        return neighbourLines(run(List.of("ip", "-n", namespace, family, "neigh", "show"), 10));
    }

    private static Map<String, String> neighbourLines(String text) {
        Map<String, String> out = new TreeMap<>();
        for (String line : text.split("\n")) {
            String[] f = line.trim().split("\\s+");
            int at = List.of(f).indexOf("lladdr");
            if (at > 0 && at + 1 < f.length) {
                out.put(canonical(f[0]), f[at + 1].toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    public static String canonical(String ip) {
        return DnsAddresses.canonical(InetAddress.ofLiteral(ip));
    }

    private static String run(List<String> cmd, long limitSeconds) throws IOException, InterruptedException {
        Path output = Files.createTempFile("peer6", ".txt");
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(output.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(limitSeconds, TimeUnit.SECONDS)) {
                p.destroy();
                p.waitFor(5, TimeUnit.SECONDS);
            }
            return Files.readString(output, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
