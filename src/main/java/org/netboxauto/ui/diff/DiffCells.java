package org.netboxauto.ui.diff;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.netboxauto.core.Evidence;
import org.netboxauto.core.Host;
import org.netboxauto.core.HostFlag;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.PeerText;
import org.netboxauto.core.Sourced;
import org.netboxauto.core.compare.Comparison;
import org.netboxauto.core.compare.DiffField;
import org.netboxauto.core.compare.FieldDiff;
import org.netboxauto.core.compare.NetBoxHost;
import org.netboxauto.core.compare.NetBoxInterface;

/** The text of each cell of the diff table: a differing field shows what the diff says, others their value. */
final class DiffCells {

    private DiffCells() {
    }

    /** What a cell shows: text from the network or NetBox, with control and bidi characters escaped. */
    static String discovered(Comparison c, DiffField field) {
        return PeerText.escape(rawDiscovered(c, field));
    }

    static String netbox(Comparison c, DiffField field) {
        return PeerText.escape(rawNetbox(c, field));
    }

    /** Whether any cell of the row contains {@code needle} (lower case), as the Review search matches. */
    static boolean contains(Comparison c, String needle) {
        for (DiffField field : DiffField.values()) {
            if (discovered(c, field).toLowerCase(java.util.Locale.ROOT).contains(needle)
                    || netbox(c, field).toLowerCase(java.util.Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an address on either side lies in {@code subnet}. */
    static boolean inSubnet(Comparison c, org.netboxauto.core.Cidr subnet) {
        java.util.stream.Stream<String> ips = java.util.stream.Stream.concat(
                c.host().map(h -> h.ipValues().stream()).orElse(java.util.stream.Stream.empty()),
                c.netbox().map(n -> n.ips().stream()).orElse(java.util.stream.Stream.empty()));
        return ips.anyMatch(subnet::containsAddress);
    }

    private static String rawDiscovered(Comparison c, DiffField field) {
        Optional<FieldDiff> diff = diff(c, field);
        if (diff.isPresent()) {
            return diff.get().discovered();
        }
        return c.host().map(h -> switch (field) {
            case NAME -> h.hostnameValue().orElse("");
            case MACS -> macs(h.macs());
            case IPS -> String.join(", ", h.ipValues());
            case SWITCH_PORT -> h.port().map(Sourced::value).map(p -> p.switchName() + " " + p.port()).orElse("");
            case KIND -> h.evidence().values().stream().anyMatch(e -> e.containsKey(Evidence.VMID))
                    ? "virtual machine" : "";
            case STATUS -> status(h);
            case INTERFACE -> "";
        }).orElse("");
    }

    private static String rawNetbox(Comparison c, DiffField field) {
        Optional<FieldDiff> diff = diff(c, field);
        if (diff.isPresent()) {
            return diff.get().netbox();
        }
        if (c.netbox().isEmpty()) {
            return field == DiffField.NAME && !c.candidates().isEmpty() ? c.candidates().size() + " candidates: "
                    + c.candidates().stream().map(NetBoxHost::label).collect(Collectors.joining(", ")) : "";
        }
        NetBoxHost o = c.netbox().get();
        return switch (field) {
            case NAME -> o.label();
            case MACS -> macs(o.macs());
            case IPS -> String.join(", ", o.ips());
            case INTERFACE -> o.interfaces().stream().filter(i -> !i.macs().isEmpty() || !i.ips().isEmpty())
                    .map(NetBoxInterface::name).collect(Collectors.joining(", "));
            case SWITCH_PORT -> o.interfaces().stream().flatMap(i -> i.cabledTo().stream())
                    .map(p -> p.switchName() + " " + p.port()).collect(Collectors.joining(", "));
            case KIND -> o.kind().toString();
            case STATUS -> o.status();
        };
    }

    /** One line on why the row is what it is: the ambiguity, or each difference with both sides. */
    static String explain(Comparison c) {
        return PeerText.escape(rawExplain(c));
    }

    private static String rawExplain(Comparison c) {
        if (c.reason().isPresent()) {
            return "Ambiguous: " + c.reason().get() + ". Nothing was chosen; fix the duplicates in NetBox or"
                    + " decide by hand.";
        }
        return switch (c.outcome()) {
            case SAME -> "Same: matched by " + c.basis().map(Object::toString).orElse("?").toLowerCase(
                    java.util.Locale.ROOT) + "; nothing discovery knows differs.";
            case ONLY_DISCOVERED -> "Only discovered: no NetBox object has its MACs, IPs or name.";
            case ONLY_NETBOX -> "Only in NetBox: no discovered host matches it.";
            default -> "Different (matched by " + c.basis().map(Object::toString).orElse("?").toLowerCase(
                    java.util.Locale.ROOT) + "): " + c.diffs().stream().map(d -> d.field() + " " + d.discovered()
                    + " vs NetBox " + (d.netbox().isEmpty() ? "(none)" : d.netbox()))
                    .collect(Collectors.joining("; "));
        };
    }

    /** The page to open: the matched object, or an ambiguous row's first candidate. */
    static Optional<String> url(Comparison c) {
        return c.netbox().or(() -> c.candidates().stream().findFirst()).map(NetBoxHost::webUrl);
    }

    private static Optional<FieldDiff> diff(Comparison c, DiffField field) {
        return c.diffs().stream().filter(d -> d.field() == field).findFirst();
    }

    private static String status(Host h) {
        return h.has(HostFlag.GONE) ? "gone" : h.has(HostFlag.STOPPED) ? "offline" : "active";
    }

    private static String macs(List<MacAddress> macs) {
        return macs.stream().map(MacAddress::toString).collect(Collectors.joining(", "));
    }
}
