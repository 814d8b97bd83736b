package org.netboxauto.ui.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netboxauto.core.Evidence;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;

/**
 * Observations shaped like a small office network: DHCP leases and bridge hosts from the core
 * router, guests from Proxmox, vendors by OUI, a few randomized MACs and one IP two hosts claim.
 */
public final class RealisticHosts {

    public static final String ROUTER = "routeros:core-router";
    public static final String PROXMOX = "proxmox:pve1";

    private record Profile(long oui, String vendor, String prefix, int subnet) {
    }

    private static final List<Profile> PROFILES = List.of(
            new Profile(0xF8BC12L, "Dell Inc.", "srv-db", 10),
            new Profile(0x3CD92BL, "Hewlett Packard", "ws-", 20),
            new Profile(0xA483E7L, "Apple, Inc.", "mbp-", 20),
            new Profile(0xDCA632L, "Raspberry Pi Trading Ltd", "sensor-", 30),
            new Profile(0x245A4CL, "Ubiquiti Inc", "ap-floor", 40),
            new Profile(0x30055CL, "Brother Industries, Ltd.", "printer-", 20),
            new Profile(0x805EC0L, "Yealink Network Technology", "phone-", 50),
            new Profile(0x488F5AL, "Routerboard.com (MikroTik)", "sw-access", 40),
            new Profile(0x5A1E44L, "", "pixel-", 60));
    private static final List<String> PEOPLE = List.of("anna", "ben", "chloe", "dmitri", "eva", "farid", "greta",
            "hugo", "ines", "jonas", "kim", "lea");

    private RealisticHosts() {
    }

    /** {@code count} hosts: one in five a Proxmox guest, the rest leases plus the switch port they are on. */
    public static List<Observation> office(int count, Instant at) {
        List<Observation> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (i % 5 == 4) {
                out.add(guest(i, at));
                continue;
            }
            Profile p = PROFILES.get(i % 4 == 3 ? 4 + (i / 4) % 5 : i % 4);
            MacAddress mac = new MacAddress((p.oui() << 24) | (0x10_0000L + i));
            String name = p.prefix() + (p.prefix().endsWith("-") && p.subnet() == 20 && p.prefix().startsWith("ws")
                    ? PEOPLE.get(i % PEOPLE.size()) + (i / PEOPLE.size()) : String.format("%02d", i % 97 + 1));
            String ip = ip(p.subnet(), i);
            Map<String, String> lease = new HashMap<>(Map.of(Evidence.TABLE, "dhcp-leases", Evidence.STATUS, "bound"));
            if (!p.vendor().isEmpty()) {
                lease.put(Evidence.VENDOR, p.vendor());
            }
            out.add(new Observation(ROUTER, at, mac, List.of(ip), Optional.of(name), Optional.empty(), lease));
            out.add(new Observation(ROUTER, at, mac, List.of(), Optional.empty(), Optional.empty(), Map.of(
                    Evidence.TABLE, "bridge-hosts", Evidence.SWITCH, "sw-floor" + (1 + i % 3),
                    Evidence.PORT, "ether" + (2 + i % 22), Evidence.VLAN, Integer.toString(p.subnet()))));
        }
        return out;
    }

    /** The same network with host {@code index}'s lease moved to another IP. */
    public static List<Observation> withMovedIp(List<Observation> office, MacAddress mac, String newIp, Instant at) {
        return office.stream().map(o -> new Observation(o.source(), at, o.mac(),
                o.mac().equals(mac) && !o.ips().isEmpty() ? List.of(newIp) : o.ips(), o.hostname(), o.group(),
                o.evidence())).toList();
    }

    public static List<Observation> from(List<Observation> all, String source) {
        return all.stream().filter(o -> o.source().equals(source)).toList();
    }

    private static Observation guest(int i, Instant at) {
        MacAddress mac = new MacAddress(0xBC2411L << 24 | (0x20_0000L + i));
        int vmid = 100 + i;
        boolean stopped = i % 35 == 4;
        return new Observation(PROXMOX, at, mac, stopped ? List.of() : List.of(ip(10, i)),
                Optional.of("vm-" + (i % 3 == 0 ? "web" : i % 3 == 1 ? "app" : "ci") + String.format("%02d", i % 89)),
                Optional.of("vm" + vmid), Map.of(Evidence.TABLE, "qemu", Evidence.NODE, "pve1",
                        Evidence.VMID, Integer.toString(vmid), Evidence.NIC, "net0",
                        Evidence.STATUS, stopped ? Evidence.STATUS_STOPPED : "running"));
    }

    /** 10.{subnet}.x.y; hosts 7 and 12 both claim 10.20.0.250 so the grid has an IP conflict to show. */
    private static String ip(int subnet, int i) {
        if (i == 7 || i == 12) {
            return "10.20.0.250";
        }
        return "10." + subnet + "." + (i / 200) + "." + (i % 200 + 20);
    }
}
