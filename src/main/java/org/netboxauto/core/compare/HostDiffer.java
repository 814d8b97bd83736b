package org.netboxauto.core.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.netboxauto.core.Evidence;
import org.netboxauto.core.Host;
import org.netboxauto.core.HostFlag;
import org.netboxauto.core.IpPushPolicy;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.PortLocation;
import org.netboxauto.core.Sourced;

/**
 * The fields where a matched host and its NetBox object disagree. Only what discovery knows is
 * compared: a NetBox interface, IP or MAC that discovery never saw is not a difference.
 */
public final class HostDiffer {

    public List<FieldDiff> diff(Host host, NetBoxHost nb) {
        List<FieldDiff> diffs = new ArrayList<>(2);
        name(host, nb).ifPresent(diffs::add);
        ips(host, nb).ifPresent(diffs::add);
        macs(host, nb).ifPresent(diffs::add);
        itf(host, nb).ifPresent(diffs::add);
        port(host, nb).ifPresent(diffs::add);
        kind(host, nb).ifPresent(diffs::add);
        status(host, nb).ifPresent(diffs::add);
        return diffs;
    }

    private static Optional<FieldDiff> name(Host host, NetBoxHost nb) {
        Optional<String> discovered = host.hostnameValue();
        if (discovered.isEmpty() || discovered.flatMap(NameKey::of).equals(nb.name().flatMap(NameKey::of))) {
            return Optional.empty();
        }
        return Optional.of(new FieldDiff(DiffField.NAME, discovered.get(), nb.name().orElse("")));
    }

    private static Optional<FieldDiff> ips(Host host, NetBoxHost nb) {
        // what the push would not write (link-local, temporary IPv6) NetBox lacking is no difference
        Set<String> discovered = keys(IpPushPolicy.pushed(host));
        Set<String> netbox = keys(nb.ips());
        if (discovered.isEmpty() || netbox.containsAll(discovered)) {
            return Optional.empty();
        }
        return Optional.of(new FieldDiff(DiffField.IPS, String.join(", ", discovered), String.join(", ",
                new TreeSet<>(nb.ips()))));
    }

    private static Set<String> keys(Collection<String> ips) {
        return ips.stream().map(IpKey::of).flatMap(Optional::stream).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Optional<FieldDiff> macs(Host host, NetBoxHost nb) {
        List<MacAddress> netbox = nb.macs();
        if (netbox.containsAll(host.macs())) {
            return Optional.empty();
        }
        return Optional.of(new FieldDiff(DiffField.MACS, join(host.macs()), join(netbox)));
    }

    /** The host's IPs should sit on the interface that carries its MAC. */
    private static Optional<FieldDiff> itf(Host host, NetBoxHost nb) {
        Optional<NetBoxInterface> withMac = macInterface(host, nb);
        if (withMac.isEmpty()) {
            return Optional.empty();
        }
        Set<String> discovered = keys(IpPushPolicy.pushed(host));
        List<String> elsewhere = new ArrayList<>();
        for (NetBoxInterface i : nb.interfaces()) {
            if (i != withMac.get()) {
                i.ips().stream().filter(ip -> IpKey.of(ip).map(discovered::contains).orElse(false))
                        .forEach(ip -> elsewhere.add(ip + " on " + i.name()));
            }
        }
        if (elsewhere.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FieldDiff(DiffField.INTERFACE, String.join(", ", discovered) + " with " + host.mac(),
                String.join(", ", elsewhere) + "; " + host.mac() + " on " + withMac.get().name()));
    }

    private static Optional<NetBoxInterface> macInterface(Host host, NetBoxHost nb) {
        for (MacAddress mac : host.macs()) {
            for (NetBoxInterface i : nb.interfaces()) {
                if (i.macs().contains(mac)) {
                    return Optional.of(i);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<FieldDiff> port(Host host, NetBoxHost nb) {
        Optional<PortLocation> seen = host.port().map(Sourced::value);
        if (seen.isEmpty() || nb.kind() == NetBoxKind.VIRTUAL_MACHINE) {
            return Optional.empty();
        }
        Optional<PortLocation> cabled = macInterface(host, nb).flatMap(NetBoxInterface::cabledTo);
        if (cabled.isPresent() && samePort(seen.get(), cabled.get())) {
            return Optional.empty();
        }
        return Optional.of(new FieldDiff(DiffField.SWITCH_PORT, show(seen.get()),
                cabled.map(HostDiffer::show).orElse("")));
    }

    private static boolean samePort(PortLocation a, PortLocation b) {
        return NameKey.of(a.switchName()).equals(NameKey.of(b.switchName()))
                && a.port().equalsIgnoreCase(b.port());
    }

    private static String show(PortLocation p) {
        return p.switchName() + " " + p.port();
    }

    private static Optional<FieldDiff> kind(Host host, NetBoxHost nb) {
        boolean guest = host.evidence().values().stream().anyMatch(e -> e.containsKey(Evidence.VMID));
        if (guest && nb.kind() == NetBoxKind.DEVICE) {
            return Optional.of(new FieldDiff(DiffField.KIND, NetBoxKind.VIRTUAL_MACHINE.toString(),
                    NetBoxKind.DEVICE.toString()));
        }
        return Optional.empty();
    }

    private static Optional<FieldDiff> status(Host host, NetBoxHost nb) {
        if (host.has(HostFlag.GONE)) {
            return Optional.empty();
        }
        String discovered = host.has(HostFlag.STOPPED) || stopped(host.evidence()) ? "offline" : "active";
        if (discovered.equals(nb.status().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(new FieldDiff(DiffField.STATUS, discovered, nb.status()));
    }

    private static boolean stopped(Map<String, Map<String, String>> evidence) {
        return evidence.values().stream().anyMatch(e -> Evidence.STATUS_STOPPED.equals(e.get(Evidence.STATUS))
                && e.containsKey(Evidence.VMID));
    }

    private static String join(List<MacAddress> macs) {
        return macs.stream().sorted().map(MacAddress::toString).collect(Collectors.joining(", "));
    }
}
