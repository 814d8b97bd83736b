package org.netboxauto.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * A real Unbound on 127.0.0.1 at a free port, in its own folder, with remote control on a unix socket
 * and an {@code include:} of the file netbox-auto writes. The wrappers in bin/ run the real
 * unbound-control and unbound-checkconf with this server's config, as the defaults do on a DNS host.
 */
public final class UnboundServer implements AutoCloseable {

    private static final Path UNBOUND = Path.of("/usr/sbin/unbound");

    private final Path dir;
    private final int port;
    private Process process;

    private UnboundServer(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    public static UnboundServer start() throws IOException, InterruptedException {
        Peers.require(Files.isExecutable(UNBOUND) && Files.isExecutable(Path.of("/usr/sbin/unbound-control"))
                && Files.isExecutable(Path.of("/usr/bin/dig")), "Unbound and dig",
                "apt-get install unbound bind9-dnsutils");
        Path dir = Files.createTempDirectory("netbox-auto-unbound");
        UnboundServer server = new UnboundServer(dir, ChildProcesses.freePort());
        Files.writeString(server.config(), server.configText());
        Path bin = Files.createDirectories(dir.resolve("bin"));
        wrapper(bin.resolve("unbound-control"), "exec /usr/sbin/unbound-control -c " + server.config() + " \"$@\"");
        wrapper(bin.resolve("unbound-checkconf"), "exec /usr/sbin/unbound-checkconf \"$@\" " + server.config());
        server.launch();
        return server;
    }

    private String configText() {
        return String.join("\n",
                "server:",
                "    interface: 127.0.0.1@" + port,
                "    port: " + port,
                "    do-daemonize: no",
                "    username: \"\"",
                "    chroot: \"\"",
                "    directory: \"" + dir + "\"",
                "    pidfile: \"" + dir.resolve("unbound.pid") + "\"",
                "    use-syslog: no",
                "    logfile: \"\"",
                "    do-ip6: no",
                "    module-config: \"iterator\"",
                "    access-control: 127.0.0.0/8 allow",
                "    local-zone: \"lan.example.com.\" static",
                // a glob, as Debian's include-toplevel of unbound.conf.d/*.conf: no file yet is no error
                "    include: \"" + includeFile().toString().replace(".conf", ".con[f]") + "\"",
                "remote-control:",
                "    control-enable: yes",
                "    control-interface: \"" + dir.resolve("control.sock") + "\"",
                "");
    }

    private static void wrapper(Path file, String line) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + line + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private void launch() throws IOException, InterruptedException {
        Path log = dir.resolve("unbound.log");
        process = new ProcessBuilder(UNBOUND.toString(), "-d", "-c", config().toString()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        ChildProcesses.awaitPort(process, port, log, "unbound");
    }

    /** Reloads the configuration and returns once Unbound serves again (the reload is answered before). */
    public void reload() throws IOException, InterruptedException {
        ChildProcesses.run(List.of(control().toString(), "reload"));
        ChildProcesses.run(List.of(control().toString(), "status"));
    }

    /** Kills Unbound as a crash would. */
    public void kill() throws InterruptedException {
        ChildProcesses.killTree(process);
    }

    /** Starts Unbound again on the same port, whether it still runs or has stopped. */
    public void restart() throws IOException, InterruptedException {
        kill();
        launch();
    }

    /** Answers of {@code dig +short} for one name and type, sorted. */
    public List<String> dig(String name, String type) throws IOException, InterruptedException {
        String out = ChildProcesses.run(List.of("dig", "@127.0.0.1", "-p", String.valueOf(port), "+short",
                "+time=3", "+tries=2", name, type));
        List<String> lines = new ArrayList<>(out.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        lines.sort(null);
        return lines;
    }

    public Path config() {
        return dir.resolve("unbound.conf");
    }

    public Path includeFile() {
        return dir.resolve("netbox-auto.conf");
    }

    public Path control() {
        return dir.resolve("bin/unbound-control");
    }

    public Path checkconf() {
        return dir.resolve("bin/unbound-checkconf");
    }

    public int port() {
        return port;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            ChildProcesses.killTree(process);
        }
        ChildProcesses.deleteRecursively(dir);
    }
}
