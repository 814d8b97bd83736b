package org.netboxauto.core.rules;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.netboxauto.core.Cidr;
import org.netboxauto.core.Host;
import org.netboxauto.core.HostFilter;
import org.netboxauto.core.KindSuggestion;
import org.netboxauto.core.PortLocation;
import org.netboxauto.core.Review;
import org.netboxauto.core.Sourced;

/**
 * The {@code when} of a review rule: every condition given must hold. Names and ports are globs
 * ({@code web-*}, {@code ge-0/0/?}); vendor is a part of the vendor's name; all ignore case.
 *
 * @param source        a source name, KIND:NAME or KIND, as {@code hosts --source} takes
 * @param oui           the MAC's first three octets, e.g. {@code bc:24:11}
 * @param randomisedMac whether the MAC is locally administered (phones and laptops randomise theirs)
 */
public record RuleMatch(Optional<String> source, Optional<String> kindSuggestion, Optional<String> vendor,
                        Optional<String> oui, Optional<Cidr> subnet, Optional<String> hostname,
                        Optional<String> switchName, Optional<String> port, Optional<Integer> vlan,
                        Optional<Boolean> randomisedMac) {

    public RuleMatch {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kindSuggestion, "kindSuggestion");
        Objects.requireNonNull(vendor, "vendor");
        oui = oui.map(o -> o.toLowerCase(Locale.ROOT).replace('-', ':'));
        Objects.requireNonNull(subnet, "subnet");
        Objects.requireNonNull(hostname, "hostname");
        Objects.requireNonNull(switchName, "switchName");
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(vlan, "vlan");
        Objects.requireNonNull(randomisedMac, "randomisedMac");
    }

    public boolean isEmpty() {
        return source.isEmpty() && kindSuggestion.isEmpty() && vendor.isEmpty() && oui.isEmpty() && subnet.isEmpty()
                && hostname.isEmpty() && switchName.isEmpty() && port.isEmpty() && vlan.isEmpty()
                && randomisedMac.isEmpty();
    }

    public boolean matches(Host host) {
        HostFilter where = new HostFilter(Optional.empty(), Optional.empty(), source, subnet, Optional.empty());
        Optional<PortLocation> at = host.port().map(Sourced::value);
        return (source.isEmpty() && subnet.isEmpty() || where.matches(host, Review.pending(host.mac(), host.firstSeen())))
                && kindSuggestion.map(k -> KindSuggestion.of(host).map(k::equalsIgnoreCase).orElse(false)).orElse(true)
                && vendor.map(v -> host.vendor().map(s -> s.value().toLowerCase(Locale.ROOT)
                        .contains(v.toLowerCase(Locale.ROOT))).orElse(false)).orElse(true)
                && oui.map(o -> host.mac().oui().equals(o)).orElse(true)
                && hostname.map(g -> host.hostnameValue().map(n -> glob(g, n)).orElse(false)).orElse(true)
                && switchName.map(g -> at.map(p -> glob(g, p.switchName())).orElse(false)).orElse(true)
                && port.map(g -> at.map(p -> glob(g, p.port())).orElse(false)).orElse(true)
                && vlan.map(v -> at.flatMap(PortLocation::vlan).map(v::equals).orElse(false)).orElse(true)
                && randomisedMac.map(r -> host.mac().isLocallyAdministered() == r).orElse(true);
    }

    /** {@code *} any run of characters, {@code ?} one; everything else literal; case ignored. */
    static boolean glob(String pattern, String text) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL)
                .matcher(text).matches();
    }
}
