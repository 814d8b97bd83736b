package org.netboxauto.core.topology;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.netboxauto.core.Evidence;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.core.location.LocationEvidence;

/**
 * A campus of {@code n} switches as their SNMP reads would tell it: a core, distribution and access switches in
 * a tree (four below each), each hearing its parent by chassis MAC and its children by sysName; an edge router
 * above the core; a Proxmox node on every sixth switch with its guests learned on that port; a desk phone; hosts
 * on access ports; the other ports up or down.
 */
public final class TopologyLab {

    public static final String PROXMOX = "proxmox:lab";

    private TopologyLab() {
    }

    public static String name(int i) {
        return i == 0 ? "core-01" : i <= 4 ? String.format("dist-%02d", i) : String.format("acc-%03d", i);
    }

    static String chassis(int i) {
        return String.format("00:1b:00:00:%02x:%02x", i / 256, i % 256);
    }

    static String sysName(int i) {
        return name(i) + ".lab.example";
    }

    static int parent(int i) {
        return (i - 1) / 4;
    }

    public static String hypervisor(int i) {
        return "pve-" + i;
    }

    public static boolean hasHypervisor(int i) {
        return i % 6 == 2;
    }

    static int hostsOn(int i) {
        return i == 0 ? 0 : 3 + (i * 7) % 12;
    }

    public static List<SwitchReport> reports(int n) {
        List<SwitchReport> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(report(i, n));
        }
        return out;
    }

    public static SwitchReport report(int i, int n) {
        List<SwitchLink> links = new ArrayList<>();
        if (i == 0) {
            links.add(link("Te1/1/1", true, Optional.of("xe-0/0/1"), "edge-gw.lab.example", "00:1b:ff:00:00:01"));
        } else {
            links.add(link("Te1/1/1", true, Optional.of("Te1/1/" + (2 + (i - 1) % 4)), chassis(parent(i))));
            if (i == 1) {
                // a second link to the core, as two members of a LAG
                links.add(link("Te1/1/6", true, Optional.of("Te1/1/6"), chassis(0)));
            }
        }
        for (int k = 0; k < 4; k++) {
            int child = 4 * i + 1 + k;
            if (child < n) {
                links.add(link("Te1/1/" + (2 + k), true, Optional.of("Te1/1/1"), sysName(child)));
                if (child == 1) {
                    links.add(link("Te1/1/6", true, Optional.of("Te1/1/6"), sysName(child)));
                }
            }
        }
        if (hasHypervisor(i)) {
            links.add(link("Gi1/0/23", false, Optional.of("enp3s0"), hypervisor(i) + ".lab.example"));
        }
        if (i == 1) {
            links.add(link("Gi1/0/5", false, Optional.of("WAN"), "phone-desk-12"));
        }
        List<SwitchPort> ports = new ArrayList<>();
        for (int p = 1; p <= 24; p++) {
            int port = p;
            boolean used = port <= hostsOn(i) || links.stream().anyMatch(l -> l.localPort().equals("Gi1/0/" + port));
            ports.add(new SwitchPort("Gi1/0/" + p, used || p % 3 == 0));
        }
        for (int p = 1; p <= 6; p++) {
            int port = p;
            ports.add(new SwitchPort("Te1/1/" + p, links.stream().anyMatch(l -> l.localPort().equals("Te1/1/" + port))));
        }
        return new SwitchReport(name(i), "sources.snmp[" + i + "]", Optional.empty(), Optional.of(sysName(i)),
                List.of("FOC" + (1000 + i)), List.of(), Set.of(chassis(i)), links, Map.of(), ports);
    }

    private static SwitchLink link(String local, boolean forwards, Optional<String> remotePort, String... ids) {
        return new SwitchLink(local, "lldp", Set.of(ids), remotePort, Optional.empty(), Optional.empty(), forwards);
    }

    /** Per source: each switch's forwarding rows, and the Proxmox guests under {@link #PROXMOX}. */
    public static Map<String, List<Observation>> observations(int n, Instant at) {
        Map<String, List<Observation>> out = new LinkedHashMap<>();
        List<Observation> guests = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Observation> rows = new ArrayList<>();
            for (int p = 1; p <= hostsOn(i); p++) {
                MacAddress mac = new MacAddress(0x02_10_00_00_00_00L | ((long) i << 16) | ((long) p << 8));
                String host = p % 4 == 0 ? "printer-" + i + "-" + p : "pc-" + i + "-" + p;
                rows.add(new Observation("snmp:" + name(i), at, mac, List.of("10." + (i / 200) + "." + (i % 200)
                        + "." + (10 + p)), Optional.of(host), Optional.empty(), fdb(i, "Gi1/0/" + p)));
            }
            if (hasHypervisor(i)) {
                for (int g = 0; g < 4; g++) {
                    MacAddress mac = new MacAddress(0xBC_24_11_00_00_00L | ((long) i << 8) | g);
                    rows.add(new Observation("snmp:" + name(i), at, mac, List.of(), Optional.empty(),
                            Optional.empty(), fdb(i, "Gi1/0/23")));
                    guests.add(new Observation(PROXMOX, at, mac, List.of(), Optional.of("vm-" + i + "-" + g),
                            Optional.of("vm" + (100 + i * 4 + g)), Map.of(Evidence.TABLE, "qemu",
                                    Evidence.NODE, hypervisor(i), Evidence.VMID, Integer.toString(100 + i * 4 + g),
                                    Evidence.NIC, "net0", Evidence.STATUS, "running")));
                }
            }
            out.put("snmp:" + name(i), rows);
        }
        out.put(PROXMOX, guests);
        return out;
    }

    private static Map<String, String> fdb(int i, String port) {
        return Map.of(Evidence.TABLE, LocationEvidence.TABLE_FDB, Evidence.SWITCH, name(i), Evidence.PORT, port,
                Evidence.VLAN, "10");
    }

    /** The {@code sources.snmp} entries for the lab's switches (the store keeps only configured switches' maps). */
    public static String snmpSources(int n) {
        StringBuilder out = new StringBuilder("sources.snmp = [\n");
        for (int i = 0; i < n; i++) {
            out.append("  { name = ").append(name(i)).append(", host = \"192.0.2.").append(1 + i % 250)
                    .append("\", community = lab }\n");
        }
        return out.append("]\n").toString();
    }
}
