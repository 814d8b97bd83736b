package org.netboxauto.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Compares a host with what it was before a run: new, or which of IPs, name and port changed. */
final class HostChanges {

    private HostChanges() {
    }

    static Optional<HostChange> between(Collection<Host> before, Host after) {
        if (before.isEmpty()) {
            return Optional.of(new HostChange(HostChange.Kind.NEW, after.mac(), after.hostnameValue(), List.of()));
        }
        Host was = before.stream().filter(h -> h.mac().equals(after.mac())).findFirst()
                .orElse(before.iterator().next());
        List<HostChange.FieldChange> fields = new ArrayList<>();
        // temporary IPv6 addresses come and go by design: their turnover is no change of the host
        compare(fields, "ip", String.join(", ", IpPushPolicy.pushed(was)),
                String.join(", ", IpPushPolicy.pushed(after)));
        compare(fields, "hostname", was.hostnameValue().orElse(""), after.hostnameValue().orElse(""));
        compare(fields, "port", was.port().map(p -> p.value().toString()).orElse(""),
                after.port().map(p -> p.value().toString()).orElse(""));
        if (before.size() > 1 || !was.macs().equals(after.macs())) {
            compare(fields, "macs", String.join(", ", before.stream().flatMap(h -> h.macs().stream())
                    .distinct().sorted().map(MacAddress::toString).toList()),
                    String.join(", ", after.macs().stream().map(MacAddress::toString).toList()));
        }
        if (was.has(HostFlag.GONE)) {
            fields.add(new HostChange.FieldChange("seen", "gone", "back"));
        }
        return fields.isEmpty() ? Optional.empty()
                : Optional.of(new HostChange(HostChange.Kind.CHANGED, after.mac(), after.hostnameValue(), fields));
    }

    private static void compare(List<HostChange.FieldChange> into, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            into.add(new HostChange.FieldChange(field, before, after));
        }
    }
}
