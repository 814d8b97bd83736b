package org.netboxauto.discovery.scan.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * radvd advertising one prefix for SLAAC on the scanner's end of a lab, and only there. It
 * announces no default route (lifetime 0), so the lab's hosts route nothing through it.
 */
public final class Radvd implements AutoCloseable {

    private final Process process;
    private final String prefix;

    private Radvd(Process process, String prefix) {
        this.process = process;
        this.prefix = prefix;
    }

    public static Radvd start(Path folder, ScanLab lab, String prefix) throws IOException, InterruptedException {
        String nic = lab.scannerInterface();
        // the lab's own end of the veth is the segment, not a host: it takes no address
        lab.sysctlInside("net.ipv6.conf." + lab.labInterface() + ".accept_ra=0");
        lab.awaitLinkLocal();
        Path conf = folder.resolve("radvd-" + nic + ".conf");
        Files.writeString(conf, "interface " + nic + " {\n AdvSendAdvert on;\n MinRtrAdvInterval 3;\n"
                + " MaxRtrAdvInterval 4;\n AdvDefaultLifetime 0;\n prefix " + prefix + " {\n  AdvOnLink on;\n"
                + "  AdvAutonomous on;\n };\n};\n");
        Process p = new ProcessBuilder("radvd", "-n", "-C", conf.toString(), "-p",
                folder.resolve("radvd-" + nic + ".pid").toString(), "-m", "stderr")
                .redirectErrorStream(true).redirectOutput(folder.resolve("radvd-" + nic + ".log").toFile()).start();
        return new Radvd(p, prefix);
    }

    /** Waits until every host of {@code lab} has an address of the prefix; each address to its host's MAC. */
    public Map<String, String> awaitAddresses(ScanLab lab, Duration limit) throws IOException, InterruptedException {
        String network = prefix.substring(0, prefix.indexOf("::") + 1);
        long end = System.nanoTime() + limit.toNanos();
        Map<String, String> out = new TreeMap<>();
        while (System.nanoTime() < end) {
            out.clear();
            for (LabHost h : lab.hosts()) {
                String text = Shell.run(List.of("ip", "-n", lab.hostNamespace(h), "-6", "-o", "addr", "show", "dev",
                        h.name(), "scope", "global"));
                for (String line : text.split("\n")) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length > 3 && f[3].startsWith(network) && !line.contains("tentative")) {
                        out.put(Ipv6Peers.canonical(f[3].substring(0, f[3].indexOf('/'))), h.mac());
                    }
                }
            }
            if (out.size() >= lab.hosts().size()) {
                return out;
            }
            Thread.sleep(200);
        }
        return out;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
