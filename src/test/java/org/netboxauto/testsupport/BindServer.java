package org.netboxauto.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A real BIND 9 named on 127.0.0.1 at a free port, in its own folder: primary for lan.example.com and
 * 1.168.192.in-addr.arpa, which already hold records netbox-auto did not create, and for any empty zones asked, with updates and
 * transfers allowed to one TSIG key (hmac-sha256).
 */
public final class BindServer implements AutoCloseable {

    public static final String KEY_NAME = "netbox-auto";
    private static final Path NAMED = Path.of("/usr/sbin/named");

    private final Path dir;
    private final int port;
    private final String secret;
    private Process process;

    private BindServer(Path dir, int port, String secret) {
        this.dir = dir;
        this.port = port;
        this.secret = secret;
    }

    public static BindServer start() throws IOException, InterruptedException {
        return start(List.of());
    }

    /** As {@link #start()}, also primary for {@code emptyZones}, which hold only their SOA and NS. */
    public static BindServer start(List<String> emptyZones) throws IOException, InterruptedException {
        Peers.require(Files.isExecutable(NAMED) && Files.isExecutable(Path.of("/usr/bin/dig"))
                && Files.isExecutable(Path.of("/usr/bin/nsupdate")), "BIND 9 named, dig and nsupdate",
                "apt-get install bind9 bind9-dnsutils");
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Path dir = Files.createTempDirectory("netbox-auto-bind");
        BindServer server = new BindServer(dir, ChildProcesses.freePort(), Base64.getEncoder().encodeToString(key));
        server.writeConfig(emptyZones);
        server.launch();
        return server;
    }

    private void writeConfig(List<String> emptyZones) throws IOException {
        String keyClause = "key \"" + KEY_NAME + "\" { algorithm hmac-sha256; secret \"" + secret + "\"; };\n";
        Files.writeString(dir.resolve("key.conf"), keyClause);
        StringBuilder zones = new StringBuilder(zone("lan.example.com") + zone("1.168.192.in-addr.arpa"));
        emptyZones.forEach(z -> zones.append(zone(z)));
        Files.writeString(dir.resolve("named.conf"), "options {\n"
                + "    directory \"" + dir + "\";\n"
                + "    listen-on port " + port + " { 127.0.0.1; };\n"
                + "    listen-on-v6 { none; };\n"
                + "    pid-file \"" + dir.resolve("named.pid") + "\";\n"
                + "    session-keyfile \"" + dir.resolve("session.key") + "\";\n"
                + "    managed-keys-directory \"" + dir + "\";\n"
                + "    recursion no;\n"
                + "    dnssec-validation no;\n"
                + "    notify no;\n"
                + "};\n"
                + "controls { };\n"
                + keyClause + zones);
        String soa = "$TTL 3600\n@ IN SOA ns1.lan.example.com. hostmaster.lan.example.com. 1 3600 600 86400 300\n"
                + "@ IN NS ns1.lan.example.com.\n";
        Files.writeString(dir.resolve("lan.example.com.db"), soa
                + "ns1 IN A 192.168.1.1\n"
                + "mail IN A 192.168.1.25\n"
                + "printer IN A 192.168.1.30\n"
                + "printer IN TXT \"placed by hand\"\n");
        for (String z : emptyZones) {
            Files.writeString(dir.resolve(z + ".db"), soa);
        }
        Files.writeString(dir.resolve("1.168.192.in-addr.arpa.db"), soa
                + "1 IN PTR ns1.lan.example.com.\n"
                + "25 IN PTR mail.lan.example.com.\n");
    }

    private String zone(String name) {
        return "zone \"" + name + "\" {\n    type primary;\n    file \"" + dir.resolve(name + ".db") + "\";\n"
                + "    allow-update { key \"" + KEY_NAME + "\"; };\n"
                + "    allow-transfer { key \"" + KEY_NAME + "\"; };\n};\n";
    }

    private void launch() throws IOException, InterruptedException {
        Path log = dir.resolve("named.log");
        process = new ProcessBuilder(NAMED.toString(), "-g", "-4", "-n", "1", "-c", dir.resolve("named.conf")
                .toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ChildProcesses.awaitPort(process, port, log, "named");
        // named listens before it has loaded its zones
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (dig("lan.example.com", "SOA").isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IOException("named did not load lan.example.com: " + ChildProcesses.tail(log));
            }
            Thread.sleep(100);
        }
    }

    /** Answers of {@code dig +short}, sorted. */
    public List<String> dig(String name, String type) throws IOException, InterruptedException {
        String out = ChildProcesses.run(List.of("dig", "@127.0.0.1", "-p", String.valueOf(port), "+short",
                "+time=3", "+tries=2", name, type));
        List<String> lines = new ArrayList<>(out.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        lines.sort(null);
        return lines;
    }

    /** Sends an update with BIND's own nsupdate, signed with the key: someone else editing the zone. */
    public void nsupdate(String... commands) throws IOException, InterruptedException {
        StringBuilder script = new StringBuilder("server 127.0.0.1 " + port + "\n");
        for (String c : commands) {
            script.append(c).append('\n');
        }
        script.append("send\n");
        Process p = new ProcessBuilder("nsupdate", "-k", dir.resolve("key.conf").toString()).redirectErrorStream(true)
                .start();
        try (var in = p.getOutputStream()) {
            in.write(script.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("nsupdate failed: " + out);
        }
    }

    public int port() {
        return port;
    }

    public String secret() {
        return secret;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            ChildProcesses.killTree(process);
        }
        ChildProcesses.deleteRecursively(dir);
    }
}
