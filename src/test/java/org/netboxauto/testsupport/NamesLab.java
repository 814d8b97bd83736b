package org.netboxauto.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A segment in a network namespace of its own ({@code nbnXXX}, address {@code 10.237.X.2/24}; this side
 * {@code 10.237.X.1} on {@code nbnXXX-h}) where a real Samba {@code nmbd} answers NetBIOS and a real
 * {@code avahi-daemon} answers mDNS for that address. Nothing sent here can leave the namespace.
 */
public final class NamesLab implements AutoCloseable {

    public static final String NETBIOS_NAME = "LABPC2";
    public static final String MDNS_NAME = "labmdns2";

    private final String name;
    private final int third;
    private final Path dir;
    private final List<Process> daemons = new ArrayList<>();

    private NamesLab(String name, int third, Path dir) {
        this.name = name;
        this.third = third;
        this.dir = dir;
    }

    public static void require() {
        Peers.require(ChildProcesses.isRoot() && Files.isExecutable(Path.of("/usr/sbin/ip"))
                        && Files.isExecutable(Path.of("/usr/sbin/nmbd")) && Files.isExecutable(Path.of("/usr/sbin/avahi-daemon"))
                        && Files.isExecutable(Path.of("/usr/bin/unshare")),
                "a network-namespace lab with nmbd and avahi-daemon",
                "run the tests as root with apt-get install -y iproute2 samba avahi-daemon util-linux");
    }

    /** An empty segment: nothing answers at any address but this side's. */
    public static NamesLab empty() throws IOException, InterruptedException {
        require();
        int third = ThreadLocalRandom.current().nextInt(1, 255);
        String name = "nbn" + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36), 36);
        NamesLab lab = new NamesLab(name, third, Files.createTempDirectory("netbox-auto-nameslab"));
        try {
            lab.sh("ip netns add " + name + " && ip link add " + name + "-h type veth peer name " + name + "-n"
                    + " && ip link set " + name + "-n netns " + name
                    + " && ip addr add 10.237." + third + ".1/24 dev " + name + "-h && ip link set " + name + "-h up"
                    + " && ip -n " + name + " addr add 10.237." + third + ".2/24 dev " + name + "-n"
                    + " && ip -n " + name + " link set " + name + "-n up && ip -n " + name + " link set lo up");
        } catch (IOException | RuntimeException e) {
            lab.close();
            throw e;
        }
        return lab;
    }

    /** The segment with nmbd and avahi-daemon answering for {@link #host()}. */
    public static NamesLab withPeers() throws IOException, InterruptedException {
        NamesLab lab = empty();
        try {
            lab.startNmbd();
            lab.startAvahi();
        } catch (IOException | RuntimeException e) {
            lab.close();
            throw e;
        }
        return lab;
    }

    public String namespace() {
        return name;
    }

    /** The address nmbd and avahi answer for. */
    public String host() {
        return "10.237." + third + ".2";
    }

    /** An address of the segment where nothing answers. */
    public String silent(int last) {
        return "10.237." + third + "." + last;
    }

    private void startNmbd() throws IOException, InterruptedException {
        for (String d : List.of("lock", "state", "cache", "pid", "private", "ncalrpc")) {
            Files.createDirectories(dir.resolve(d));
        }
        Path conf = Files.writeString(dir.resolve("smb.conf"), String.join("\n",
                "[global]",
                "netbios name = " + NETBIOS_NAME,
                "workgroup = LABGROUP",
                "interfaces = " + host() + "/24",
                "bind interfaces only = yes",
                "lock directory = " + dir.resolve("lock"),
                "state directory = " + dir.resolve("state"),
                "cache directory = " + dir.resolve("cache"),
                "pid directory = " + dir.resolve("pid"),
                "private dir = " + dir.resolve("private"),
                "ncalrpc dir = " + dir.resolve("ncalrpc"),
                "log file = " + dir.resolve("nmbd.log"),
                ""));
        Process p = daemon("nmbd.out", "ip", "netns", "exec", name, "nmbd", "-F", "--debug-stdout",
                "--no-process-group", "--configfile=" + conf);
        awaitUdp(p, "nmbd.out", "nmblookup", "-A", host());
    }

    private void startAvahi() throws IOException, InterruptedException {
        Path conf = Files.writeString(dir.resolve("avahi.conf"), String.join("\n",
                "[server]",
                "host-name=" + MDNS_NAME,
                "domain-name=local",
                "use-ipv4=yes",
                "use-ipv6=no",
                "allow-interfaces=" + name + "-n",
                "enable-dbus=no",
                "[wide-area]",
                "enable-wide-area=no",
                "[publish]",
                "publish-addresses=yes",
                "publish-workstation=yes",
                ""));
        // avahi keeps its pid file in /run/avahi-daemon: a private mount keeps it apart from any other avahi
        Process p = daemon("avahi.out", "ip", "netns", "exec", name, "unshare", "-m", "sh", "-c",
                "mkdir -p /run/avahi-daemon && mount -t tmpfs none /run/avahi-daemon && exec avahi-daemon"
                        + " --no-drop-root --no-chroot --no-rlimits -f " + conf);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!Files.readString(dir.resolve("avahi.out")).contains("Server startup complete")) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                throw new IOException("avahi-daemon did not start: " + ChildProcesses.tail(dir.resolve("avahi.out")));
            }
            Thread.sleep(50);
        }
    }

    private Process daemon(String log, String... command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve(log).toFile())
                .start();
        daemons.add(p);
        return p;
    }

    private void awaitUdp(Process p, String log, String... probe) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IOException(probe[0] + " peer exited: " + ChildProcesses.tail(dir.resolve(log)));
            }
            Process check = new ProcessBuilder(probe).redirectErrorStream(true).start();
            String out = new String(check.getInputStream().readAllBytes());
            check.waitFor();
            if (out.contains(NETBIOS_NAME)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IOException("nmbd did not answer within 20 s: " + ChildProcesses.tail(dir.resolve(log)));
    }

    private void sh(String command) throws IOException, InterruptedException {
        ChildProcesses.run(List.of("sh", "-c", command));
    }

    @Override
    public void close() throws InterruptedException {
        for (Process p : daemons) {
            ChildProcesses.killTree(p);
        }
        try {
            sh("ip netns del " + name + " 2>/dev/null; ip link del " + name + "-h 2>/dev/null; true");
        } catch (IOException e) {
            // best effort: the namespace may not exist yet
        }
        ChildProcesses.deleteRecursively(dir);
    }
}
