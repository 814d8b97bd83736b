package org.netboxauto.discovery.scan;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import org.netboxauto.config.ScanConfig;
import org.netboxauto.config.ScanConfig.Method;
import org.netboxauto.core.Cidr;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.discovery.scan.lab.LabHost;
import org.netboxauto.discovery.scan.lab.ScanLab;

/** The labs and configs the scan tests share. */
final class Labs {

    private Labs() {
    }

    /** A random /24 in 10.231.0.0/16 so parallel runs do not meet. */
    static String base24() {
        return "10.231." + ThreadLocalRandom.current().nextInt(1, 255) + ".";
    }

    /** {@code count} hosts, each its own MAC and one address from .10 up. */
    static ScanLab slash24(String base, int count) throws IOException, InterruptedException {
        return ScanLab.create(base + "1/24", hosts(base, count));
    }

    private static List<LabHost> hosts(String base, int count) {
        List<LabHost> hosts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            hosts.add(new LabHost("m" + i, LabHost.macFor(i + 1), List.of(base + (10 + i * 7))));
        }
        return hosts;
    }

    /** A random /64 under {@code base} (fd00:e7 or 2001:db8), so parallel runs do not meet, written as its network. */
    static String prefix64(String base) {
        return base + ":" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xFFFF)) + "::";
    }

    /**
     * {@code count} hosts on a /64, each its own MAC, its EUI-64 address (as SLAAC makes) and one from
     * ::a:10 up, added last so it is the one that answers an all-nodes echo.
     */
    static ScanLab ipv6(String prefix, int count) throws IOException, InterruptedException {
        return ipv6(prefix, count, false);
    }

    /** As {@link #ipv6(String, int)}, with the scanner's end apart when {@code apart}. */
    static ScanLab ipv6(String prefix, int count, boolean apart) throws IOException, InterruptedException {
        List<LabHost> hosts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String mac = LabHost.macFor(i + 1);
            String eui = Ipv6.text(Ipv6.eui64(Ipv6.bytes(prefix), MacAddress.of(mac).bits()));
            hosts.add(new LabHost("m" + i, mac, List.of(eui, prefix + "a:" + Integer.toHexString(16 + i * 7))));
        }
        ScanLab lab = ScanLab.create(prefix + "1/64", hosts, apart, true);
        try {
            lab.awaitLinkLocal();
            return lab;
        } catch (IOException | InterruptedException | RuntimeException e) {
            lab.close();
            throw e;
        }
    }

    static ScanConfig config6(ScanLab lab, String prefix, List<Method> methods) {
        return new ScanConfig(true, List.of(Cidr.parse(prefix)), List.of(), methods, List.of(22, 80), 5000, 2,
                Duration.ofMillis(300), Optional.of(lab.scannerInterface()), 16, false);
    }

    /** As {@link #slash24}, with the scanner's end in a namespace of its own. */
    static ScanLab slash24Apart(String base, int count) throws IOException, InterruptedException {
        return ScanLab.create(base + "1/24", hosts(base, count), true);
    }

    /** Lab B: {@code macs} macvlans with {@code perMac} addresses each, spread over 10.232.0.0/16. */
    static ScanLab slash16(int macs, int perMac) throws IOException, InterruptedException {
        Random random = new Random(16);
        Set<Integer> used = new HashSet<>(List.of(0, 1, 65_535));
        List<LabHost> hosts = new ArrayList<>();
        for (int m = 0; m < macs; m++) {
            List<String> ips = new ArrayList<>();
            while (ips.size() < perMac) {
                int low = random.nextInt(65_536);
                if (used.add(low)) {
                    ips.add("10.232." + (low >> 8) + "." + (low & 0xFF));
                }
            }
            hosts.add(new LabHost("m" + m, LabHost.macFor(m + 1), ips));
        }
        return ScanLab.create("10.232.0.1/16", hosts);
    }

    static ScanConfig config(ScanLab lab, String subnet, List<Method> methods, List<String> exclude) {
        return new ScanConfig(true, List.of(Cidr.parse(subnet)), exclude.stream().map(Cidr::parse).toList(),
                methods, List.of(22, 80), 5000, 2, Duration.ofMillis(300),
                Optional.of(lab.scannerInterface()), 16, false);
    }

    /** Every expected IP to its MAC. */
    static Map<String, String> expected(ScanLab lab) {
        Map<String, String> out = new TreeMap<>();
        lab.hosts().forEach(h -> h.ips().forEach(ip -> out.put(ip, h.mac())));
        return out;
    }

    /** What the scan found, IP to MAC. */
    static Map<String, String> found(List<Observation> observations) {
        Map<String, String> out = new TreeMap<>();
        observations.forEach(o -> o.ips().forEach(ip -> out.put(ip, o.mac().toString())));
        return out;
    }
}
