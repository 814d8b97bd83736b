package org.netboxauto.discovery.scan.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.netboxauto.testsupport.Peers;

/**
 * A segment in its own network namespace: the veth end {@code NAME-h} stays in this namespace with
 * the first address, the hosts are macvlans inside with their own MACs. Nothing sent to the lab's
 * subnet can leave it. Built with {@code ip -batch}; {@link #close()} removes everything.
 */
public final class ScanLab implements AutoCloseable {

    private final String name;
    private final String subnet;
    private final List<LabHost> hosts;
    private final boolean scannerApart;
    private final boolean hostsApart;

    private ScanLab(String name, String subnet, List<LabHost> hosts, boolean scannerApart, boolean hostsApart) {
        this.name = name;
        this.subnet = subnet;
        this.hosts = List.copyOf(hosts);
        this.scannerApart = scannerApart;
        this.hostsApart = hostsApart;
    }

    /** Skips (or fails in CI) unless this process is root and has {@code ip} and libpcap. */
    public static void require() {
        boolean root = "root".equals(System.getProperty("user.name"));
        boolean ip = Shell.succeeds("ip", "-V");
        boolean pcap = Files.exists(Path.of("/usr/lib/x86_64-linux-gnu/libpcap.so.0.8"))
                || Files.exists(Path.of("/usr/lib/aarch64-linux-gnu/libpcap.so.0.8"))
                || Files.exists(Path.of("/usr/lib/libpcap.so"));
        Peers.require(root && ip && pcap, "a network-namespace scan lab",
                "run the tests as root with iproute2 and libpcap: apt-get install -y iproute2 libpcap0.8");
    }

    /**
     * @param ownAddress the scanner's address with its prefix, e.g. {@code 10.231.7.1/24}
     * @param hosts      the macvlans to create, each with its addresses (given the same prefix)
     */
    public static ScanLab create(String ownAddress, List<LabHost> hosts) throws IOException, InterruptedException {
        return create(ownAddress, hosts, false);
    }

    /**
     * As {@link #create(String, List)}, but with the scanner's end in a namespace of its own,
     * {@link #scannerNamespace()}, for a scanner process whose sysctls the test sets.
     */
    public static ScanLab create(String ownAddress, List<LabHost> hosts, boolean scannerApart)
            throws IOException, InterruptedException {
        return create(ownAddress, hosts, scannerApart, false);
    }

    /**
     * As {@link #create(String, List, boolean)}, with each host's macvlan in a namespace of its own
     * when {@code hostsApart} ({@link #hostNamespace}): IPv6 has no {@code arp_ignore}, and hosts
     * sharing one namespace answer for each other's addresses through whichever macvlan routes first.
     */
    public static ScanLab create(String ownAddress, List<LabHost> hosts, boolean scannerApart, boolean hostsApart)
            throws IOException, InterruptedException {
        String name = "nbs" + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36), 36);
        String prefix = ownAddress.substring(ownAddress.indexOf('/'));
        Shell.run(List.of("ip", "netns", "add", name));
        ScanLab lab = new ScanLab(name, ownAddress, hosts, scannerApart, hostsApart);
        try {
            List<String> root = new ArrayList<>(List.of(
                    "link add " + name + "-h type veth peer name " + name + "-n",
                    "link set " + name + "-n netns " + name));
            List<String> scanner = List.of(
                    "addr add " + ownAddress + " dev " + name + "-h" + (ownAddress.contains(":") ? " nodad" : ""),
                    "link set " + name + "-h up");
            if (scannerApart) {
                Shell.run(List.of("ip", "netns", "add", name + "-s"));
                root.add("link set " + name + "-h netns " + name + "-s");
                batch(root, List.of("ip", "-batch"));
                batch(scanner, List.of("ip", "-n", name + "-s", "-batch"));
            } else {
                root.addAll(scanner);
                batch(root, List.of("ip", "-batch"));
            }
            // no duplicate address detection: an IPv6 address is usable at once, not a second later
            sysctl(name, "net.ipv4.conf.all.arp_ignore=1", "net.ipv4.conf.all.arp_announce=2",
                    "net.ipv4.conf.default.arp_ignore=1", "net.ipv4.conf.default.arp_announce=2",
                    "net.ipv6.conf.all.accept_dad=0", "net.ipv6.conf.default.accept_dad=0");
            List<String> inside = new ArrayList<>();
            inside.add("link set " + name + "-n up");
            if (hostsApart) {
                batch(hosts.stream().map(h -> "netns add " + lab.hostNamespace(h)).toList(), List.of("ip", "-batch"));
            }
            for (LabHost h : hosts) {
                inside.add("link add " + h.name() + " link " + name + "-n address " + h.mac()
                        + " type macvlan mode bridge");
                if (hostsApart) {
                    inside.add("link set " + h.name() + " netns " + lab.hostNamespace(h));
                    continue;
                }
                for (String ip : h.ips()) {
                    inside.add("addr add " + ip + prefix + " dev " + h.name() + (ip.contains(":") ? " nodad" : ""));
                }
                inside.add("link set " + h.name() + " up");
            }
            batch(inside, List.of("ip", "-n", name, "-batch"));
            if (hostsApart) {
                for (LabHost h : hosts) {
                    List<String> host = new ArrayList<>(List.of("link set lo up"));
                    h.ips().forEach(ip -> host.add("addr add " + ip + prefix + " dev " + h.name()
                            + (ip.contains(":") ? " nodad" : "")));
                    host.add("link set " + h.name() + " up");
                    batch(host, List.of("ip", "-n", lab.hostNamespace(h), "-batch"));
                }
            }
            return lab;
        } catch (IOException | InterruptedException | RuntimeException e) {
            lab.close();
            throw e;
        }
    }

    public String name() {
        return name;
    }

    /** The namespace of {@code host} when the lab was created with hosts apart, else the lab's. */
    public String hostNamespace(LabHost host) {
        return hostsApart ? name + "-" + host.name() : name;
    }

    /** The namespace holding the scanner's end, when the lab was created with it apart. */
    public String scannerNamespace() {
        if (!scannerApart) {
            throw new IllegalStateException("the scanner's end of " + name + " is in this namespace");
        }
        return name + "-s";
    }

    /** The scanner's interface, the veth end in this namespace. */
    public String scannerInterface() {
        return name + "-h";
    }

    /** The lab side of the veth, where a capture sees every frame the scanner sends. */
    public String labInterface() {
        return name + "-n";
    }

    public List<LabHost> hosts() {
        return hosts;
    }

    /**
     * Waits until the link-local addresses of the scanner and of hosts apart have passed duplicate
     * address detection, as on a link that has been up a while: radvd and the sweep's link-local echo
     * send from the scanner's, and a host answers it from its own.
     */
    public void awaitLinkLocal() throws IOException, InterruptedException {
        awaitLinkLocal(scannerApart ? scannerNamespace() : null, scannerInterface());
        if (hostsApart) {
            for (LabHost h : hosts) {
                awaitLinkLocal(hostNamespace(h), h.name());
            }
        }
    }

    private static void awaitLinkLocal(String namespace, String nic) throws IOException, InterruptedException {
        List<String> show = new ArrayList<>(List.of("ip"));
        if (namespace != null) {
            show.addAll(List.of("-n", namespace));
        }
        show.addAll(List.of("-6", "addr", "show", "dev", nic, "scope", "link"));
        for (int i = 0; i < 50; i++) {
            String text = Shell.run(show);
            if (text.contains("inet6") && !text.contains("tentative")) {
                return;
            }
            Thread.sleep(100);
        }
    }

    /** Gives {@code host} one more address now, as a machine that comes up late. */
    public void addAddress(LabHost host, String ip) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("ip", "-n", hostNamespace(host), "addr", "add",
                ip + subnet.substring(subnet.indexOf('/')), "dev", host.name()));
        if (ip.contains(":")) {
            cmd.add("nodad");
        }
        Shell.run(cmd);
    }

    /** Runs {@code command} inside the lab's namespace. */
    public ProcessBuilder inside(String... command) {
        List<String> full = new ArrayList<>(List.of("ip", "netns", "exec", name));
        full.addAll(List.of(command));
        return new ProcessBuilder(full);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (hostsApart) {
            Path file = Files.createTempFile("scanlab", ".batch");
            try {
                Files.write(file, hosts.stream().map(h -> "netns del " + hostNamespace(h)).toList());
                Shell.succeeds("ip", "-force", "-batch", file.toString());
            } finally {
                Files.deleteIfExists(file);
            }
        }
        Shell.succeeds("ip", "netns", "del", name);
        if (scannerApart) {
            Shell.succeeds("ip", "netns", "del", name + "-s");
        } else {
            Shell.succeeds("ip", "link", "del", name + "-h");
        }
    }

    /** Sets kernel settings inside the lab's namespace. */
    public void sysctlInside(String... settings) throws IOException, InterruptedException {
        sysctl(name, settings);
    }

    private static void sysctl(String ns, String... settings) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", ns, "sysctl", "-qw"));
        cmd.addAll(List.of(settings));
        Shell.run(cmd);
    }

    private static void batch(List<String> lines, List<String> command) throws IOException, InterruptedException {
        Path file = Files.createTempFile("scanlab", ".batch");
        try {
            Files.write(file, lines);
            List<String> cmd = new ArrayList<>(command);
            cmd.add(file.toString());
            Shell.run(cmd);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
