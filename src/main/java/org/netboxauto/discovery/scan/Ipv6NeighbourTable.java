package org.netboxauto.discovery.scan;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.netboxauto.core.IpLiterals;
import org.netboxauto.core.MacAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kernel's IPv6 neighbour cache of one interface, as {@code ip -6 neigh show dev IF} prints it:
 * Linux has no file for it as {@code /proc/net/arp} is for IPv4. Entries still being resolved or
 * that failed carry no MAC and are left out.
 */
final class Ipv6NeighbourTable {

    private static final Logger LOG = LoggerFactory.getLogger(Ipv6NeighbourTable.class);

    private Ipv6NeighbourTable() {
    }

    /** Address to MAC bits; empty when {@code ip} cannot be run. */
    static Map<ByteBuffer, Long> read(String device) {
        try {
            Process p = new ProcessBuilder("ip", "-6", "neigh", "show", "dev", device)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            return parse(out.lines().toList());
        } catch (IOException e) {
            LOG.info("The IPv6 neighbour table of {} could not be read ({}); answers without a MAC are not recorded",
                    device, e.getMessage());
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
    }

    static Map<ByteBuffer, Long> parse(List<String> lines) {
        Map<ByteBuffer, Long> out = new HashMap<>();
        for (String line : lines) {
            String[] f = line.trim().split("\\s+");
            int at = List.of(f).indexOf("lladdr");
            if (at < 1 || at + 1 >= f.length || !f[0].contains(":") || !IpLiterals.isLiteral(f[0])
                    || line.contains("FAILED") || line.contains("INCOMPLETE")) {
                continue;
            }
            byte[] ip = IpLiterals.parse(f[0]).getAddress();
            MacAddress.parse(f[at + 1]).ifPresent(mac -> out.put(ByteBuffer.wrap(ip), mac.bits()));
        }
        return out;
    }
}
