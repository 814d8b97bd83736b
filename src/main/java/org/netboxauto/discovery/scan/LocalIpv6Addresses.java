package org.netboxauto.discovery.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * This machine's IPv6 addresses with their state, from Linux's {@code /proc/net/if_inet6}: Java
 * lists a tentative address too, and an answer sent to one is never taken in (its neighbour
 * solicitation goes unanswered until duplicate address detection ends).
 */
final class LocalIpv6Addresses {

    private static final int DAD_FAILED = 0x08;
    private static final int DEPRECATED = 0x20;
    private static final int TENTATIVE = 0x40;

    private LocalIpv6Addresses() {
    }

    /** Interface name to its usable addresses; empty when the file cannot be read (not Linux). */
    static Optional<Map<String, List<Link6.Address>>> usable(Path file) {
        try {
            return Optional.of(parse(Files.readAllLines(file)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Map<String, List<Link6.Address>> parse(List<String> lines) {
        Map<String, List<Link6.Address>> out = new HashMap<>();
        for (String line : lines) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 6 || f[0].length() != 32) {
                continue;
            }
            try {
                int flags = Integer.parseInt(f[4], 16);
                if ((flags & (DAD_FAILED | DEPRECATED | TENTATIVE)) != 0) {
                    continue;
                }
                out.computeIfAbsent(f[5], n -> new ArrayList<>())
                        .add(new Link6.Address(HexFormat.of().parseHex(f[0]), Integer.parseInt(f[2], 16)));
            } catch (IllegalArgumentException e) {
                // a line in a format this version does not know: skipped
            }
        }
        return out;
    }
}
