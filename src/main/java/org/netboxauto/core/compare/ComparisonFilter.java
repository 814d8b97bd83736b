package org.netboxauto.core.compare;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.netboxauto.core.Host;
import org.netboxauto.core.HostFilter;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Review;

/**
 * Which rows of a comparison to show: by outcome, and by the host filters of the host lists. A row
 * only in NetBox has no review, kind or source, so those filters leave it out; subnet and search
 * look at its addresses, name and MACs.
 *
 * @param outcomes the outcomes to show; empty shows every one
 */
public record ComparisonFilter(Set<Outcome> outcomes, HostFilter hosts) {

    public static final ComparisonFilter ALL = new ComparisonFilter(Set.of(), HostFilter.ALL);

    public ComparisonFilter {
        outcomes = Set.copyOf(outcomes);
        Objects.requireNonNull(hosts, "hosts");
    }

    /** The rows that pass, with the reviews of their hosts from {@code reviews}. */
    public CompareResult apply(CompareResult result, Function<MacAddress, Review> reviews) {
        if (equals(ALL)) {
            return result;
        }
        return new CompareResult(result.rows().stream().filter(r -> matches(r, reviews)).toList());
    }

    public boolean matches(Comparison row, Function<MacAddress, Review> reviews) {
        if (!outcomes.isEmpty() && !outcomes.contains(row.outcome())) {
            return false;
        }
        if (row.host().isPresent()) {
            Host host = row.host().get();
            return hosts.matches(host, reviews.apply(host.mac()));
        }
        return row.netbox().map(this::matchesObject).orElse(true);
    }

    private boolean matchesObject(NetBoxHost object) {
        if (hosts.state().isPresent() || hosts.kind().isPresent() || hosts.source().isPresent()) {
            return false;
        }
        boolean inSubnet = hosts.subnet().map(c -> object.ips().stream().anyMatch(c::containsAddress)).orElse(true);
        return inSubnet && hosts.search().map(text -> mentions(object, text.toLowerCase(Locale.ROOT))).orElse(true);
    }

    private static boolean mentions(NetBoxHost object, String needle) {
        return object.label().toLowerCase(Locale.ROOT).contains(needle)
                || object.ips().stream().anyMatch(ip -> ip.contains(needle))
                || object.macs().stream().anyMatch(m -> m.toString().contains(needle));
    }
}
