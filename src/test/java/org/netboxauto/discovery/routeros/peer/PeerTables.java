package org.netboxauto.discovery.routeros.peer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The router's tables by menu path ({@code ip/arp}); a row maps property names to raw value bytes. */
public record PeerTables(Map<String, List<Map<String, byte[]>>> byMenu) {

    public static final String LEASES = "ip/dhcp-server/lease";
    public static final String ARP = "ip/arp";
    public static final String BRIDGE_HOSTS = "interface/bridge/host";

    /** The fixtures under src/test/resources/routeros/. */
    public static PeerTables fixtures() {
        Map<String, List<Map<String, byte[]>>> tables = new LinkedHashMap<>();
        tables.put(LEASES, load("dhcp-leases.api"));
        tables.put(ARP, load("arp.api"));
        tables.put(BRIDGE_HOSTS, load("bridge-hosts.api"));
        tables.put("system/identity", load("system-identity.api"));
        tables.put("system/routerboard", load("system-routerboard.api"));
        tables.put("interface", load("interface.api"));
        tables.put("ip/neighbor", load("ip-neighbor.api"));
        return new PeerTables(tables);
    }

    /** {@code count} bound dynamic leases shaped like the fixture's, for benchmarks. */
    public static PeerTables manyLeases(int count) {
        List<Map<String, byte[]>> leases = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String ip = "10." + (i >> 16 & 0xFF) + "." + (i >> 8 & 0xFF) + "." + (i & 0xFF);
            String mac = String.format("02:00:00:%02X:%02X:%02X", i >> 16 & 0xFF, i >> 8 & 0xFF, i & 0xFF);
            Map<String, byte[]> row = new LinkedHashMap<>();
            put(row, ".id", "*" + Integer.toHexString(i + 1).toUpperCase());
            put(row, "address", ip);
            put(row, "mac-address", mac);
            put(row, "client-id", "1:" + mac.toLowerCase());
            put(row, "server", "dhcp1");
            put(row, "status", "bound");
            put(row, "expires-after", "8m51s");
            put(row, "last-seen", "1m9s");
            put(row, "active-address", ip);
            put(row, "active-mac-address", mac);
            put(row, "host-name", "host-" + i);
            put(row, "dynamic", "true");
            leases.add(row);
        }
        return new PeerTables(Map.of(LEASES, leases, ARP, List.of(), BRIDGE_HOSTS, List.of()));
    }

    /** {@code count} bound leases and, for the same hosts, the router's dynamic ARP entries. */
    public static PeerTables manyLeasesAndArp(int count) {
        List<Map<String, byte[]>> leases = manyLeases(count).byMenu().get(LEASES);
        List<Map<String, byte[]>> arp = new ArrayList<>(count);
        for (Map<String, byte[]> lease : leases) {
            Map<String, byte[]> row = new LinkedHashMap<>();
            put(row, ".id", new String(lease.get(".id"), StandardCharsets.UTF_8));
            row.put("address", lease.get("address"));
            row.put("mac-address", lease.get("mac-address"));
            put(row, "interface", "bridge-lan");
            put(row, "published", "false");
            put(row, "invalid", "false");
            put(row, "dhcp", "true");
            put(row, "dynamic", "true");
            put(row, "complete", "true");
            put(row, "disabled", "false");
            put(row, "status", "reachable");
            arp.add(row);
        }
        return new PeerTables(Map.of(LEASES, leases, ARP, arp, BRIDGE_HOSTS, List.of()));
    }

    /** The first segment of {@code path} that no table lives under, as RouterOS names it in its error. */
    String unknownSegment(String path) {
        String[] segments = path.split("/");
        String prefix = "";
        for (String segment : segments) {
            String next = prefix.isEmpty() ? segment : prefix + "/" + segment;
            if (byMenu.keySet().stream().noneMatch(m -> m.equals(next) || m.startsWith(next + "/"))) {
                return segment;
            }
            prefix = next;
        }
        return segments[segments.length - 1];
    }

    public static PeerTables empty() {
        return new PeerTables(Map.of(LEASES, List.of(), ARP, List.of(), BRIDGE_HOSTS, List.of()));
    }

    private static void put(Map<String, byte[]> row, String key, String value) {
        row.put(key, value.getBytes(StandardCharsets.UTF_8));
    }

    static List<Map<String, byte[]>> load(String file) {
        try (InputStream in = PeerTables.class.getResourceAsStream("/routeros/" + file)) {
            if (in == null) {
                throw new IllegalStateException("fixture /routeros/" + file + " is missing");
            }
            return parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Map<String, byte[]>> parse(byte[] bytes) {
        List<Map<String, byte[]>> rows = new ArrayList<>();
        Map<String, byte[]> row = null;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i < bytes.length && bytes[i] != '\n') {
                continue;
            }
            byte[] line = Arrays.copyOfRange(bytes, start, i);
            start = i + 1;
            if (line.length == 0 || line[0] == '#') {
                continue;
            }
            if (line[0] == '!') {
                row = new LinkedHashMap<>();
                rows.add(row);
                continue;
            }
            int split = indexOf(line, (byte) '=', 1);
            String key = new String(line, 1, split - 1, StandardCharsets.US_ASCII);
            row.put(key, Arrays.copyOfRange(line, split + 1, line.length));
        }
        return rows;
    }

    private static int indexOf(byte[] line, byte b, int from) {
        for (int i = from; i < line.length; i++) {
            if (line[i] == b) {
                return i;
            }
        }
        throw new IllegalArgumentException("fixture line without a second '=': "
                + new String(line, StandardCharsets.UTF_8));
    }
}
