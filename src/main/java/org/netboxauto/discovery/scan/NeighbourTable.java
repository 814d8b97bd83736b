package org.netboxauto.discovery.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.netboxauto.core.IpLiterals;
import org.netboxauto.core.MacAddress;

/**
 * The kernel's IPv4 neighbour (ARP) cache, read from {@code /proc/net/arp} on Linux. The same table
 * is {@code arp -an} on macOS and {@code Get-NetNeighbor -AddressFamily IPv4} on Windows; on those
 * systems it is not read and unprivileged answers carry no MAC.
 */
final class NeighbourTable {

    private static final int COMPLETE = 0x2;

    private NeighbourTable() {
    }

    /** IP (as int) to MAC bits for the complete entries; empty when the table cannot be read. */
    static Map<Integer, Long> read(Path file) {
        try {
            return parse(Files.readAllLines(file));
        } catch (IOException e) {
            return Map.of();
        }
    }

    static Map<Integer, Long> parse(List<String> lines) {
        Map<Integer, Long> out = new HashMap<>();
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 4 || !IpLiterals.isLiteral(f[0]) || !f[0].contains(".")) {
                continue;
            }
            int flags;
            try {
                flags = Integer.decode(f[2]);
            } catch (NumberFormatException e) {
                continue;
            }
            if ((flags & COMPLETE) != 0) {
                MacAddress.parse(f[3]).ifPresent(mac -> out.put(Ipv4.of(IpLiterals.parse(f[0])), mac.bits()));
            }
        }
        return out;
    }
}
