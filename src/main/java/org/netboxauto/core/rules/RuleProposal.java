package org.netboxauto.core.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.netboxauto.core.Cidr;
import org.netboxauto.core.Host;
import org.netboxauto.core.KindSuggestion;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Review;
import org.netboxauto.core.Sourced;

/**
 * What the selected hosts have in common, offered as the {@code when} of a new review rule: their vendor,
 * suggested kind, source, the smallest /24 or /16 holding their IPv4 addresses, and a name pattern (their
 * names' common beginning followed by {@code *}). Each is absent when the hosts do not share it.
 */
public record RuleProposal(Optional<String> vendor, Optional<String> kindSuggestion, Optional<String> source,
                           Optional<Cidr> subnet, Optional<String> hostname) {

    /** A name pattern needs this much in common, or it would match almost any name. */
    private static final int SHORTEST_NAME_PREFIX = 2;

    public static RuleProposal of(List<Host> selected) {
        if (selected.isEmpty()) {
            return new RuleProposal(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty());
        }
        return new RuleProposal(common(selected, h -> h.vendor().map(Sourced::value)),
                common(selected, KindSuggestion::of), commonSource(selected), subnet(selected), namePattern(selected));
    }

    /** The rule's {@code when} with the chosen parts of this proposal. */
    public RuleMatch match(boolean useVendor, boolean useKind, boolean useSource, boolean useSubnet,
            boolean useHostname) {
        return new RuleMatch(useSource ? source : Optional.empty(), useKind ? kindSuggestion : Optional.empty(),
                useVendor ? vendor : Optional.empty(), Optional.empty(), useSubnet ? subnet : Optional.empty(),
                useHostname ? hostname : Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /**
     * How many hosts nobody has decided on {@code rule} would decide, placed after {@code existing}: those
     * it matches and no earlier rule does. A host has been decided on when it has a review.
     */
    public static int wouldDecide(ReviewRule rule, ReviewRules existing, List<Host> hosts,
            Map<MacAddress, Review> decided) {
        List<ReviewRule> all = new ArrayList<>(existing.rules());
        all.add(rule);
        ReviewRules with = new ReviewRules(all);
        int count = 0;
        for (Host h : hosts) {
            if (!decided.containsKey(h.mac()) && with.first(h).filter(r -> r == rule).isPresent()) {
                count++;
            }
        }
        return count;
    }

    private static <T> Optional<T> common(List<Host> hosts, Function<Host, Optional<T>> value) {
        Set<Optional<T>> values = new HashSet<>();
        hosts.forEach(h -> values.add(value.apply(h)));
        return values.size() == 1 ? values.iterator().next() : Optional.empty();
    }

    private static Optional<String> commonSource(List<Host> hosts) {
        Set<String> shared = new LinkedHashSet<>(hosts.getFirst().sources());
        hosts.forEach(h -> shared.retainAll(h.sources()));
        return shared.size() == 1 ? Optional.of(shared.iterator().next()) : Optional.empty();
    }

    private static Optional<Cidr> subnet(List<Host> hosts) {
        List<long[]> addresses = new ArrayList<>();
        for (Host h : hosts) {
            Optional<String> v4 = h.ipValues().stream().filter(ip -> ip.matches("\\d+\\.\\d+\\.\\d+\\.\\d+")).findFirst();
            if (v4.isEmpty()) {
                return Optional.empty();
            }
            String[] o = v4.get().split("\\.");
            addresses.add(new long[] {Long.parseLong(o[0]), Long.parseLong(o[1]), Long.parseLong(o[2])});
        }
        long[] first = addresses.getFirst();
        boolean same24 = addresses.stream().allMatch(a -> a[0] == first[0] && a[1] == first[1] && a[2] == first[2]);
        if (same24) {
            return Optional.of(Cidr.parse(first[0] + "." + first[1] + "." + first[2] + ".0/24"));
        }
        boolean same16 = addresses.stream().allMatch(a -> a[0] == first[0] && a[1] == first[1]);
        return same16 ? Optional.of(Cidr.parse(first[0] + "." + first[1] + ".0.0/16")) : Optional.empty();
    }

    /** {@code vm-*} for vm-101 and vm-207; for one host its name without the trailing number. */
    private static Optional<String> namePattern(List<Host> hosts) {
        List<String> names = new ArrayList<>();
        for (Host h : hosts) {
            Optional<String> name = h.hostnameValue();
            if (name.isEmpty()) {
                return Optional.empty();
            }
            names.add(name.get().toLowerCase(Locale.ROOT));
        }
        String prefix = names.getFirst();
        for (String n : names) {
            int i = 0;
            while (i < prefix.length() && i < n.length() && prefix.charAt(i) == n.charAt(i)) {
                i++;
            }
            prefix = prefix.substring(0, i);
        }
        if (names.size() == 1 || names.stream().allMatch(names.getFirst()::equals)) {
            prefix = prefix.replaceAll("[0-9]+$", "");
        }
        // no glob characters of its own: a name with * or ? would match more than it says
        prefix = prefix.replaceAll("[*?].*$", "");
        return prefix.length() >= SHORTEST_NAME_PREFIX ? Optional.of(prefix + "*") : Optional.empty();
    }
}
