package org.netboxauto.discovery.scan.lab;

import java.util.List;
import java.util.Locale;

/** One macvlan in a lab: its interface name, MAC and the addresses it answers for. */
public record LabHost(String name, String mac, List<String> ips) {

    public LabHost {
        ips = List.copyOf(ips);
    }

    /** A locally administered MAC that names the host's number, 02:5c:00:00:HH:LL. */
    public static String macFor(int number) {
        return String.format(Locale.ROOT, "02:5c:00:00:%02x:%02x", (number >> 8) & 0xFF, number & 0xFF);
    }
}
