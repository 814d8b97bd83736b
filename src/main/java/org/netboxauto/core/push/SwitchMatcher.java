package org.netboxauto.core.push;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.topology.SwitchReport;

/**
 * Finds the NetBox device a switch is: the device its source names ({@code netbox-device}), else
 * the one with its serial, else the one holding its management IP, else the one with its chassis
 * MAC on an interface, else the one named as the source or its sysName. A rule that finds more
 * than one device decides nothing and the next is tried.
 */
final class SwitchMatcher {

    private final Map<String, List<SwitchInventory.Device>> byName = new HashMap<>();
    private final Map<String, List<SwitchInventory.Device>> bySerial = new HashMap<>();
    private final Map<String, Set<SwitchInventory.Device>> byIp = new HashMap<>();
    private final Map<MacAddress, Set<SwitchInventory.Device>> byMac = new HashMap<>();

    SwitchMatcher(SwitchInventory inventory) {
        Map<Long, SwitchInventory.Device> devices = new HashMap<>();
        for (SwitchInventory.Device d : inventory.devices()) {
            devices.put(d.id(), d);
            byName.computeIfAbsent(lower(d.name()), k -> new ArrayList<>()).add(d);
            d.serial().ifPresent(s -> bySerial.computeIfAbsent(lower(s), k -> new ArrayList<>()).add(d));
        }
        for (SwitchInventory.Port p : inventory.ports()) {
            SwitchInventory.Device d = devices.get(p.deviceId());
            if (d == null) {
                continue;
            }
            p.ips().forEach(ip -> byIp.computeIfAbsent(ip, k -> new LinkedHashSet<>()).add(d));
            p.macs().forEach(m -> byMac.computeIfAbsent(m, k -> new LinkedHashSet<>()).add(d));
        }
    }

    SwitchMatch match(SwitchReport r) {
        if (r.netboxDevice().isPresent()) {
            String named = r.netboxDevice().get();
            List<SwitchInventory.Device> found = byName.getOrDefault(lower(named), List.of());
            return found.size() == 1
                    ? new SwitchMatch(r.switchName(), Optional.of(found.get(0)), "named by " + r.configKey() + ".netbox-device")
                    : new SwitchMatch(r.switchName(), Optional.empty(), r.configKey() + ".netbox-device names \"" + named
                            + "\", which " + (found.isEmpty() ? "is no NetBox device" : "more than one NetBox device"
                            + " is named") + "; correct it to the device's name in NetBox");
        }
        List<String> why = new ArrayList<>();
        Optional<SwitchMatch> m = bySerial(r, why).or(() -> byIp(r, why)).or(() -> byMac(r, why))
                .or(() -> byName(r, why));
        return m.orElseGet(() -> new SwitchMatch(r.switchName(), Optional.empty(), String.join("; ", why)
                + ". Set " + r.configKey() + ".netbox-device to its name in NetBox"));
    }

    /** The device one of a neighbour's ids names: by chassis MAC, management IP, then name. */
    Optional<Found> neighbour(Set<String> ids, Optional<String> managementIp) {
        for (String id : ids) {
            Optional<MacAddress> mac = MacAddress.parse(id);
            if (mac.isPresent()) {
                Set<SwitchInventory.Device> d = byMac.getOrDefault(mac.get(), Set.of());
                if (d.size() == 1) {
                    return Optional.of(new Found(d.iterator().next(), "by chassis id " + mac.get()));
                }
            }
        }
        if (managementIp.isPresent()) {
            Set<SwitchInventory.Device> d = byIp.getOrDefault(managementIp.get(), Set.of());
            if (d.size() == 1) {
                return Optional.of(new Found(d.iterator().next(), "by management IP " + managementIp.get()));
            }
        }
        for (String id : ids) {
            for (String name : forms(id)) {
                List<SwitchInventory.Device> d = byName.getOrDefault(name, List.of());
                if (d.size() == 1) {
                    return Optional.of(new Found(d.get(0), "by name " + id));
                }
            }
        }
        return Optional.empty();
    }

    /** A device and the rule that found it. */
    record Found(SwitchInventory.Device device, String how) {
    }

    private Optional<SwitchMatch> bySerial(SwitchReport r, List<String> why) {
        if (r.serials().isEmpty()) {
            why.add("the switch told no serial number");
            return Optional.empty();
        }
        for (String serial : r.serials()) {
            List<SwitchInventory.Device> found = bySerial.getOrDefault(lower(serial), List.of());
            if (found.size() == 1) {
                return Optional.of(new SwitchMatch(r.switchName(), Optional.of(found.get(0)), "by serial " + serial));
            }
            if (found.size() > 1) {
                why.add("serial " + serial + " is on " + found.size() + " NetBox devices");
                return Optional.empty();
            }
        }
        why.add("no NetBox device has serial " + String.join(" or ", r.serials()));
        return Optional.empty();
    }

    private Optional<SwitchMatch> byIp(SwitchReport r, List<String> why) {
        if (r.managementIps().isEmpty()) {
            why.add("its management IP is not known (the source's host is a name)");
            return Optional.empty();
        }
        for (String ip : r.managementIps()) {
            Set<SwitchInventory.Device> found = byIp.getOrDefault(ip, Set.of());
            if (found.size() == 1) {
                return Optional.of(new SwitchMatch(r.switchName(), Optional.of(found.iterator().next()),
                        "by management IP " + ip));
            }
            if (found.size() > 1) {
                why.add("management IP " + ip + " is on " + found.size() + " NetBox devices");
                return Optional.empty();
            }
        }
        why.add("no NetBox device has management IP " + String.join(" or ", r.managementIps())
                + " on an interface");
        return Optional.empty();
    }

    private Optional<SwitchMatch> byMac(SwitchReport r, List<String> why) {
        List<MacAddress> macs = r.chassisIds().stream().map(MacAddress::parse).flatMap(Optional::stream).sorted()
                .toList();
        if (macs.isEmpty()) {
            why.add("the switch told no chassis MAC");
            return Optional.empty();
        }
        for (MacAddress mac : macs) {
            Set<SwitchInventory.Device> found = byMac.getOrDefault(mac, Set.of());
            if (found.size() == 1) {
                return Optional.of(new SwitchMatch(r.switchName(), Optional.of(found.iterator().next()),
                        "by chassis MAC " + mac));
            }
        }
        why.add("chassis MAC " + String.join(" or ", macs.stream().map(MacAddress::toString).toList())
                + " is on no single NetBox device");
        return Optional.empty();
    }

    private Optional<SwitchMatch> byName(SwitchReport r, List<String> why) {
        Set<String> names = new LinkedHashSet<>();
        names.add(r.switchName());
        r.sysName().ifPresent(names::add);
        for (String name : names) {
            for (String form : forms(name)) {
                List<SwitchInventory.Device> found = byName.getOrDefault(form, List.of());
                if (found.size() == 1) {
                    return Optional.of(new SwitchMatch(r.switchName(), Optional.of(found.get(0)), "by name " + name));
                }
            }
        }
        why.add("no NetBox device is named " + String.join(" or ", names));
        return Optional.empty();
    }

    /** A name, and for a DNS name its first label: LLDP often tells the FQDN, NetBox holds the short name. */
    private static List<String> forms(String name) {
        String lower = lower(name);
        int dot = lower.indexOf('.');
        return dot > 0 && Character.isLetter(lower.charAt(0)) ? List.of(lower, lower.substring(0, dot)) : List.of(lower);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
