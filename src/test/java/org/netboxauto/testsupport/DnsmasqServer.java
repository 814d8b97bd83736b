package org.netboxauto.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real dnsmasq from Debian serving DHCPv4 and DHCPv6 (no DNS) on a {@link DhcpLab}'s segment, from its server
 * namespace, writing its lease file in its own folder.
 */
public final class DnsmasqServer implements AutoCloseable {

    private final Path dir;
    private final Process process;

    private DnsmasqServer(Path dir, Process process) {
        this.dir = dir;
        this.process = process;
    }

    public static DnsmasqServer start(DhcpLab lab) throws IOException, InterruptedException {
        Peers.require(Files.isExecutable(Path.of("/usr/sbin/dnsmasq")), "dnsmasq", "apt-get install dnsmasq");
        Path dir = Files.createTempDirectory("nba-dnsmasq");
        Path leases = dir.resolve("dnsmasq.leases");
        Process p = new ProcessBuilder(lab.inServer("dnsmasq", "--no-daemon", "--conf-file=/dev/null",
                "--interface=" + lab.serverInterface(), "--bind-interfaces", "--port=0", "--user=root",
                "--dhcp-authoritative", "--dhcp-range=" + lab.v4(100) + "," + lab.v4(200) + ",1h",
                "--dhcp-range=" + lab.v6(0x100) + "," + lab.v6(0x1ff) + ",64,1h",
                "--dhcp-leasefile=" + leases, "--pid-file=" + dir.resolve("dnsmasq.pid")))
                .redirectErrorStream(true).redirectOutput(dir.resolve("dnsmasq.out").toFile()).start();
        DnsmasqServer server = new DnsmasqServer(dir, p);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(leases)) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                server.close();
                throw new IOException("dnsmasq did not start: " + ChildProcesses.tail(dir.resolve("dnsmasq.out")));
            }
            Thread.sleep(50);
        }
        return server;
    }

    public Path leaseFile() {
        return dir.resolve("dnsmasq.leases");
    }

    /** Waits until the lease file holds {@code lines} lines (dnsmasq writes it after each change). */
    public void awaitLines(int lines) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (Files.readAllLines(leaseFile()).size() < lines) {
            if (System.nanoTime() > deadline) {
                throw new IOException("the lease file has not " + lines + " lines: " + Files.readString(leaseFile()));
            }
            Thread.sleep(50);
        }
    }

    @Override
    public void close() throws InterruptedException {
        ChildProcesses.killTree(process);
        ChildProcesses.deleteRecursively(dir);
    }
}
