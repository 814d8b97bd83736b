package org.netboxauto.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A DHCP segment between two network namespaces of its own: the server's ({@code NAME-s}, interface {@code NAME-h}
 * with {@code 10.234.X.1/24} and {@code fd34:X::1/64}) and the clients' ({@code NAME}, one macvlan per client with
 * its own MAC and no address). Real clients ask for leases: busybox {@code udhcpc} for DHCPv4, ISC
 * {@code dhclient -6} for DHCPv6. Nothing sent here can leave the two namespaces.
 */
public final class DhcpLab implements AutoCloseable {

    private final String name;
    private final int third;
    private final Path dir;
    private final List<String> macs;
    private final List<Path> clientPids = new ArrayList<>();

    private DhcpLab(String name, int third, Path dir, List<String> macs) {
        this.name = name;
        this.third = third;
        this.dir = dir;
        this.macs = macs;
    }

    /** Skips (or fails in CI) unless root with iproute2, busybox and dhclient. */
    public static void require() {
        Peers.require(ChildProcesses.isRoot() && Files.isExecutable(Path.of("/usr/bin/busybox"))
                        && Files.isExecutable(Path.of("/usr/sbin/dhclient")) && Files.isExecutable(Path.of("/usr/sbin/ip"))
                        || ChildProcesses.isRoot() && Files.isExecutable(Path.of("/bin/busybox"))
                        && Files.isExecutable(Path.of("/sbin/dhclient")),
                "a network-namespace DHCP lab", "run the tests as root with apt-get install -y iproute2 busybox"
                        + " isc-dhcp-client");
    }

    public static DhcpLab create(int clients) throws IOException, InterruptedException {
        require();
        int third = ThreadLocalRandom.current().nextInt(1, 255);
        String name = "nbd" + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36), 36);
        List<String> macs = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            macs.add(String.format("02:34:%02x:00:%02x:%02x", third, (i + 1) >> 8, (i + 1) & 0xFF));
        }
        DhcpLab lab = new DhcpLab(name, third, Files.createTempDirectory("netbox-auto-dhcplab"), macs);
        try {
            ChildProcesses.run(List.of("ip", "netns", "add", name + "-s"));
            ChildProcesses.run(List.of("ip", "netns", "add", name));
            batch(lab.dir, List.of("link add " + name + "-h type veth peer name " + name + "-n",
                    "link set " + name + "-h netns " + name + "-s", "link set " + name + "-n netns " + name));
            for (String ns : List.of(name, name + "-s")) {
                ChildProcesses.run(List.of("ip", "netns", "exec", ns, "sysctl", "-qw",
                        "net.ipv6.conf.all.accept_dad=0", "net.ipv6.conf.default.accept_dad=0"));
            }
            ChildProcesses.run(List.of("ip", "netns", "exec", name + "-s", "sysctl", "-qw",
                    "net.ipv6.conf." + name + "-h.accept_dad=0"));
            batch(lab.dir, List.of("addr add " + lab.v4(1) + "/24 dev " + name + "-h",
                    "addr add " + lab.v6(1) + "/64 dev " + name + "-h nodad",
                    "link set lo up", "link set " + name + "-h up"), "-n", name + "-s");
            List<String> inside = new ArrayList<>(List.of("link set " + name + "-n up"));
            for (int i = 0; i < clients; i++) {
                inside.add("link add c" + i + " link " + name + "-n address " + macs.get(i) + " type macvlan mode bridge");
                inside.add("link set c" + i + " up");
            }
            batch(lab.dir, inside, "-n", name);
            lab.awaitLinkLocal(name + "-s", name + "-h");
            for (int i = 0; i < clients; i++) {
                lab.awaitLinkLocal(name, "c" + i);
            }
            return lab;
        } catch (IOException | InterruptedException | RuntimeException e) {
            lab.close();
            throw e;
        }
    }

    /** DHCPv6 runs over link-local addresses: a server or client without one yet cannot send or bind. */
    private void awaitLinkLocal(String ns, String dev) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            String out = ChildProcesses.run(List.of("ip", "-n", ns, "-6", "addr", "show", "dev", dev, "scope", "link"));
            if (out.contains("inet6") && !out.contains("tentative")) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IOException(dev + " in " + ns + " has no usable link-local address: " + out);
            }
            Thread.sleep(50);
        }
    }

    public String serverNamespace() {
        return name + "-s";
    }

    public String serverInterface() {
        return name + "-h";
    }

    public String v4Subnet() {
        return "10.234." + third + ".0/24";
    }

    public String v6Subnet() {
        return "fd34:" + Integer.toHexString(third) + "::/64";
    }

    /** The lab's IPv4 address ending in {@code host}. */
    public String v4(int host) {
        return "10.234." + third + "." + host;
    }

    public String v6(int host) {
        return "fd34:" + Integer.toHexString(third) + "::" + Integer.toHexString(host);
    }

    public List<String> macs() {
        return macs;
    }

    /** A command run inside the server's namespace. */
    public List<String> inServer(String... command) {
        List<String> full = new ArrayList<>(List.of("ip", "netns", "exec", serverNamespace()));
        full.addAll(List.of(command));
        return full;
    }

    /** Client {@code i} asks for a DHCPv4 lease with udhcpc, sending {@code hostname} (option 12) when given. */
    public String leaseV4(int i, String hostname) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", name, "busybox", "udhcpc", "-i", "c" + i,
                "-f", "-q", "-n", "-t", "6", "-T", "1", "-s", "/bin/true"));
        if (hostname != null) {
            cmd.addAll(List.of("-x", "hostname:" + hostname));
        }
        return ChildProcesses.run(cmd);
    }

    /** Client {@code i} asks for a DHCPv6 address with dhclient -6; it stays running until {@link #close}. */
    public void leaseV6(int i) throws IOException, InterruptedException {
        Path pid = dir.resolve("dhclient" + i + ".pid");
        clientPids.add(pid);
        Process p = new ProcessBuilder("ip", "netns", "exec", name, "dhclient", "-6", "-1", "-v", "-lf",
                dir.resolve("dhclient" + i + ".leases").toString(), "-pf", pid.toString(), "-sf", "/bin/true",
                "c" + i).redirectErrorStream(true).redirectOutput(dir.resolve("dhclient" + i + ".log").toFile()).start();
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException("dhclient -6 on c" + i + " got no lease: " + ChildProcesses.tail(
                    dir.resolve("dhclient" + i + ".log")));
        }
    }

    public Path dir() {
        return dir;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        for (Path pid : clientPids) {
            try {
                long id = Long.parseLong(Files.readString(pid).strip());
                ProcessHandle.of(id).ifPresent(ProcessHandle::destroyForcibly);
            } catch (IOException | NumberFormatException e) {
                // the client never started
            }
        }
        ChildProcesses.run(List.of("sh", "-c", "ip netns del " + name + " 2>/dev/null; ip netns del " + name
                + "-s 2>/dev/null; true"));
        ChildProcesses.deleteRecursively(dir);
    }

    private static void batch(Path dir, List<String> lines, String... options) throws IOException,
            InterruptedException {
        Path file = Files.createTempFile(dir, "lab", ".batch");
        Files.write(file, lines);
        List<String> cmd = new ArrayList<>(List.of("ip"));
        cmd.addAll(List.of(options));
        cmd.addAll(List.of("-batch", file.toString()));
        ChildProcesses.run(cmd);
    }
}
