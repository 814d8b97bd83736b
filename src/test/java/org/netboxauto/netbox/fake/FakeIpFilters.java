package org.netboxauto.netbox.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetAddress;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.netboxauto.core.Cidr;
import org.netboxauto.core.IpLiterals;

/**
 * The address filters of ipam's PrefixFilterSet and IPAddressFilterSet (netbox/ipam/filtersets.py) with
 * PostgreSQL's inet operators: {@code contains} is {@code prefix >> ip} for an address and {@code >>=} for a
 * prefix, {@code within} {@code <<}, {@code within_include} {@code <<=}, {@code parent} the address's host
 * {@code <<=} the prefix; {@code q} on prefixes is the description, the prefix's text or a prefix holding the
 * value, on IPs the DNS name, the description or the start of the address's text. A value netaddr cannot
 * read matches nothing, as in NetBox.
 */
final class FakeIpFilters {

    private FakeIpFilters() {
    }

    static Optional<Predicate<ObjectNode>> of(String contentType, String name, List<String> values) {
        if (contentType.equals("ipam.prefix")) {
            return prefix(name, values);
        }
        if (contentType.equals("ipam.ipaddress")) {
            return address(name, values);
        }
        return Optional.empty();
    }

    private static Optional<Predicate<ObjectNode>> prefix(String name, List<String> values) {
        String v = values.getFirst().strip();
        return switch (name) {
            case "contains" -> Optional.of(v.isEmpty() ? r -> true : v.contains("/")
                    ? network(v).<Predicate<ObjectNode>>map(n -> r -> containsOrEquals(prefixOf(r), n)).orElse(r -> false)
                    : host(v).<Predicate<ObjectNode>>map(a -> r -> strictlyContains(prefixOf(r), a)).orElse(r -> false));
            case "within" -> Optional.of(v.isEmpty() ? r -> true : network(v).<Predicate<ObjectNode>>map(n -> r ->
                    containsOrEquals(n, prefixOf(r)) && prefixOf(r).prefixLength() > n.prefixLength()).orElse(r -> false));
            case "within_include" -> Optional.of(v.isEmpty() ? r -> true : network(v)
                    .<Predicate<ObjectNode>>map(n -> r -> containsOrEquals(n, prefixOf(r))).orElse(r -> false));
            case "family" -> Optional.of(r -> values.stream().anyMatch(f -> f.equals(family(prefixOf(r)))));
            case "mask_length" -> Optional.of(r -> values.contains(Integer.toString(prefixOf(r).prefixLength())));
            case "q" -> Optional.of(v.isEmpty() ? r -> true : r -> {
                String value = values.getFirst();
                return r.path("description").asText("").toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT))
                        || r.path("prefix").asText().contains(v)
                        || network(v).map(n -> containsOrEquals(prefixOf(r), n)).orElse(false);
            });
            default -> Optional.empty();
        };
    }

    private static Optional<Predicate<ObjectNode>> address(String name, List<String> values) {
        return switch (name) {
            case "parent" -> Optional.of(r -> values.stream().anyMatch(p -> network(p.strip())
                    .map(n -> n.contains(FakeRules.hostOf(r.path("address").asText()))).orElse(false)));
            case "family" -> Optional.of(r -> values.contains(Integer.toString(FakeRules.family(r.path("address")
                    .asText()))));
            case "q" -> Optional.of(r -> {
                String q = values.getFirst();
                String lower = q.toLowerCase(Locale.ROOT);
                return q.isBlank() || r.path("dns_name").asText("").toLowerCase(Locale.ROOT).contains(lower)
                        || r.path("description").asText("").toLowerCase(Locale.ROOT).contains(lower)
                        || r.path("address").asText().toLowerCase(Locale.ROOT).startsWith(lower);
            });
            default -> Optional.empty();
        };
    }

    private static Cidr prefixOf(ObjectNode row) {
        return Cidr.parse(row.path("prefix").asText());
    }

    private static String family(Cidr c) {
        return c.isIpv4() ? "4" : "6";
    }

    /** netaddr's {@code IPNetwork(value).cidr}: host bits cleared, no mask a host route. */
    static Optional<Cidr> network(String value) {
        int slash = value.indexOf('/');
        if (value.contains("%")) {
            return Optional.empty();
        }
        try {
            InetAddress address = IpLiterals.parse(slash < 0 ? value : value.substring(0, slash));
            int full = address.getAddress().length * 8;
            String suffix = slash < 0 ? Integer.toString(full) : value.substring(slash + 1);
            if (!suffix.matches("\\d{1,3}") || Integer.parseInt(suffix) > full) {
                return Optional.empty();
            }
            return Optional.of(new Cidr(address, Integer.parseInt(suffix)).normalized());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<InetAddress> host(String value) {
        try {
            return Optional.of(IpLiterals.parse(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** {@code a >>= b}: same family, b inside a, a no longer than b. */
    private static boolean containsOrEquals(Cidr a, Cidr b) {
        return a.isIpv4() == b.isIpv4() && a.prefixLength() <= b.prefixLength() && a.contains(b.network());
    }

    /** {@code prefix >> address}: the address inside a prefix shorter than a host route. */
    private static boolean strictlyContains(Cidr prefix, InetAddress address) {
        return prefix.prefixLength() < address.getAddress().length * 8 && prefix.contains(address);
    }
}
