package org.netboxauto.testsupport;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Real ISC Kea from Debian: kea-dhcp4 and kea-dhcp6 with memfile lease files and unix control sockets in their own
 * folder (inside a {@link DhcpLab}'s server namespace when given one, serving its segment), and kea-ctrl-agent on
 * 127.0.0.1 at a free port with basic authentication, forwarding to them. The lease commands hook is loaded unless
 * asked otherwise; the host commands hook does not exist in Debian's Kea 2.2.
 */
public final class KeaServer implements AutoCloseable {

    public static final Path HOOKS = Path.of("/usr/lib/x86_64-linux-gnu/kea/hooks");
    public static final String USER = "kea-reader";
    /** The MAC of the reservation every test server has in its subnet4, at .9 with the name "printer". */
    public static final String RESERVED_MAC = "02:34:ff:00:00:99";

    private final Path dir;
    private final int port;
    private final String password = UUID.randomUUID().toString();
    private final List<Process> processes = new ArrayList<>();
    private boolean https;

    private KeaServer(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** What to run: which daemons, whether with the lease hook, which segment, and leases written beforehand. */
    public record Options(boolean v4, boolean v6, boolean leaseHook, DhcpLab lab, String v4Subnet, String v6Subnet,
                          String v4Leases, boolean tls) {

        public static Options of(DhcpLab lab) {
            return new Options(true, true, true, lab, lab.v4Subnet(), lab.v6Subnet(), null, false);
        }

        /** No segment: leases only from files written before start (and lease4-add). */
        public static Options offline(String v4Subnet, String v6Subnet) {
            return new Options(true, v6Subnet != null, true, null, v4Subnet, v6Subnet, null, false);
        }

        public Options withoutLeaseHook() {
            return new Options(v4, v6, false, lab, v4Subnet, v6Subnet, v4Leases, tls);
        }

        /** The memfile CSV (with its header) kea-dhcp4 loads at start. */
        public Options withV4Leases(String csv) {
            return new Options(v4, v6, leaseHook, lab, v4Subnet, v6Subnet, csv, tls);
        }

        /** The Control Agent on https with a new self-signed certificate for 127.0.0.1 ({@link #certificate}). */
        public Options withTls() {
            return new Options(v4, v6, leaseHook, lab, v4Subnet, v6Subnet, v4Leases, true);
        }
    }

    public static void require() {
        Peers.require(Files.isExecutable(Path.of("/usr/sbin/kea-dhcp4")) && Files.isExecutable(Path.of("/usr/sbin/kea-dhcp6"))
                        && Files.isExecutable(Path.of("/usr/sbin/kea-ctrl-agent"))
                        && Files.exists(HOOKS.resolve("libdhcp_lease_cmds.so")), "ISC Kea",
                "apt-get install kea-dhcp4-server kea-dhcp6-server kea-ctrl-agent");
    }

    public static KeaServer start(Options options) throws IOException, InterruptedException {
        require();
        Path dir = Files.createTempDirectory("nba-kea");
        KeaServer server = new KeaServer(dir, ChildProcesses.freePort());
        try {
            if (options.v4Leases() != null) {
                Files.writeString(dir.resolve("leases4.csv"), options.v4Leases());
            }
            if (options.v4()) {
                Files.writeString(dir.resolve("dhcp4.json"), server.daemonConfig(options, false));
                server.daemon("kea-dhcp4", dir.resolve("dhcp4.json"), options.lab(), dir.resolve("d4.sock"));
            }
            if (options.v6()) {
                Files.writeString(dir.resolve("dhcp6.json"), server.daemonConfig(options, true));
                server.daemon("kea-dhcp6", dir.resolve("dhcp6.json"), options.lab(), dir.resolve("d6.sock"));
            }
            if (options.tls()) {
                ChildProcesses.run(List.of("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                        "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", dir.resolve("key.pem").toString(), "-out",
                        dir.resolve("cert.pem").toString(), "-days", "30", "-subj", "/CN=localhost", "-addext",
                        "subjectAltName=IP:127.0.0.1"));
                server.https = true;
            }
            Files.writeString(dir.resolve("agent.json"), server.agentConfig(options));
            Process agent = server.launch(List.of("kea-ctrl-agent", "-c", dir.resolve("agent.json").toString()),
                    "agent");
            ChildProcesses.awaitPort(agent, server.port, dir.resolve("agent.out"), "kea-ctrl-agent");
            return server;
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private void daemon(String binary, Path config, DhcpLab lab, Path socket) throws IOException,
            InterruptedException {
        List<String> cmd = lab == null ? List.of(binary, "-c", config.toString())
                : lab.inServer(binary, "-c", config.toString());
        Process p = launch(cmd, binary);
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!Files.exists(socket)) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                throw new IOException(binary + " did not open its control socket: "
                        + ChildProcesses.tail(dir.resolve(binary + ".out")) + "\n"
                        + ChildProcesses.tail(dir.resolve(binary + ".log")));
            }
            Thread.sleep(50);
        }
    }

    private Process launch(List<String> cmd, String name) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".out").toFile());
        pb.environment().put("KEA_PIDFILE_DIR", dir.toString());
        pb.environment().put("KEA_LOCKFILE_DIR", dir.toString());
        Process p = pb.start();
        processes.add(p);
        return p;
    }

    private String daemonConfig(Options o, boolean six) {
        String v = six ? "6" : "4";
        String hooks = o.leaseHook() ? "{ \"library\": \"" + HOOKS.resolve("libdhcp_lease_cmds.so") + "\" }" : "";
        String iface = o.lab() == null ? "" : "\"" + o.lab().serverInterface() + "\"";
        String subnet = six ? o.v6Subnet() : o.v4Subnet();
        String base = subnet.substring(0, subnet.indexOf('/'));
        String pool = six ? base + "100 - " + base + "1ff"
                : base.substring(0, base.lastIndexOf('.') + 1) + "100 - " + base.substring(0, base.lastIndexOf('.') + 1)
                + "200";
        String reservation = six ? "" : "\"reservations\": [ { \"hw-address\": \"" + RESERVED_MAC + "\", \"ip-address\": \""
                + base.substring(0, base.lastIndexOf('.') + 1) + "9\", \"hostname\": \"printer\" } ],";
        return """
                { "Dhcp%1$s": {
                  %2$s
                  "interfaces-config": { "interfaces": [ %3$s ] },
                  "control-socket": { "socket-type": "unix", "socket-name": "%4$s" },
                  "lease-database": { "type": "memfile", "persist": true, "name": "%5$s", "lfc-interval": 0 },
                  "valid-lifetime": 7200,
                  "hooks-libraries": [ %6$s ],
                  "subnet%1$s": [ { "id": %7$d, "subnet": "%8$s", %9$s %10$s "pools": [ { "pool": "%11$s" } ] } ],
                  "loggers": [ { "name": "kea-dhcp%1$s", "severity": "INFO",
                                 "output_options": [ { "output": "%12$s" } ] } ]
                } }
                """.formatted(v, six ? "\"data-directory\": \"" + dir + "\"," : "", iface,
                dir.resolve(six ? "d6.sock" : "d4.sock"), dir.resolve("leases" + v + ".csv"), hooks, six ? 60 : 40,
                subnet, six && o.lab() != null ? "\"interface\": " + iface + "," : "", reservation, pool,
                dir.resolve("kea-dhcp" + v + ".log"));
    }

    private String agentConfig(Options o) {
        List<String> sockets = new ArrayList<>();
        if (o.v4()) {
            sockets.add("\"dhcp4\": { \"socket-type\": \"unix\", \"socket-name\": \"" + dir.resolve("d4.sock") + "\" }");
        }
        if (o.v6()) {
            sockets.add("\"dhcp6\": { \"socket-type\": \"unix\", \"socket-name\": \"" + dir.resolve("d6.sock") + "\" }");
        }
        return """
                { "Control-agent": { "http-host": "127.0.0.1", "http-port": %d, %s
                  "authentication": { "type": "basic", "realm": "kea",
                                      "clients": [ { "user": "%s", "password": "%s" } ] },
                  "control-sockets": { %s },
                  "loggers": [ { "name": "kea-ctrl-agent", "severity": "INFO",
                                 "output_options": [ { "output": "%s" } ] } ]
                } }
                """.formatted(port, o.tls() ? "\"trust-anchor\": \"" + dir.resolve("cert.pem") + "\", \"cert-file\": \""
                        + dir.resolve("cert.pem") + "\", \"key-file\": \"" + dir.resolve("key.pem")
                        + "\", \"cert-required\": false," : "", USER, password, String.join(", ", sockets),
                dir.resolve("agent.log"));
    }

    public URI url() {
        return URI.create((https ? "https" : "http") + "://127.0.0.1:" + port + "/");
    }

    /** The Control Agent's certificate, PEM, when it has TLS. */
    public Path certificate() {
        return dir.resolve("cert.pem");
    }

    public String password() {
        return password;
    }

    public Path dir() {
        return dir;
    }

    @Override
    public void close() throws InterruptedException {
        for (Process p : processes) {
            ChildProcesses.killTree(p);
        }
        ChildProcesses.deleteRecursively(dir);
    }
}
