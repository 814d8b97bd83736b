package org.netboxauto.discovery.snmp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.netboxauto.testsupport.Peers;

/**
 * net-snmp's agent (Debian {@code snmpd}) inside a network namespace, with a config file of its own and none of the
 * system's ({@code -C}), in the foreground, answering v2c on one address for one manager address.
 */
final class Snmpd implements AutoCloseable {

    static final Path SNMPD = Path.of("/usr/sbin/snmpd");

    private final Process process;
    private final Path log;

    private Snmpd(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static void require() {
        Peers.require(Files.isExecutable(SNMPD), "net-snmp's snmpd",
                "apt-get install -y --no-install-recommends snmpd");
    }

    /**
     * @param agent   {@code IP:PORT} the agent listens on, an address of {@code namespace}
     * @param manager the only source address whose requests with {@code community} it answers
     */
    static Snmpd start(Path folder, String namespace, String agent, String manager, String community, String sysName)
            throws IOException, InterruptedException {
        require();
        Path conf = folder.resolve("snmpd.conf");
        Files.writeString(conf, "agentaddress udp:" + agent + "\nrocommunity " + community + " " + manager
                + "\nsysname " + sysName + "\n");
        Path log = folder.resolve("snmpd.log");
        ProcessBuilder pb = new ProcessBuilder("ip", "netns", "exec", namespace, SNMPD.toString(), "-f", "-Lo", "-C",
                "-c", conf.toString(), "-u", "nobody", "-g", "nogroup")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        // its state files go to the test's folder, not /var/lib/snmp
        pb.environment().put("SNMP_PERSISTENT_DIR", folder.resolve("state").toString());
        Snmpd snmpd = new Snmpd(pb.start(), log);
        snmpd.awaitListening();
        return snmpd;
    }

    /** It logs its version once its socket is open; before that a request would go unanswered. */
    private void awaitListening() throws IOException, InterruptedException {
        for (int i = 0; i < 100; i++) {
            String text = Files.readString(log);
            if (text.contains("NET-SNMP version")) {
                return;
            }
            if (!process.isAlive()) {
                throw new IOException("snmpd exited " + process.exitValue() + ": " + text);
            }
            Thread.sleep(100);
        }
        throw new IOException("snmpd did not start in 10 s: " + Files.readString(log));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }
}
