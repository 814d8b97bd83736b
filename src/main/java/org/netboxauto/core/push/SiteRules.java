package org.netboxauto.core.push;

import java.net.InetAddress;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.netboxauto.core.Host;
import org.netboxauto.core.IpPushPolicy;
import org.netboxauto.core.PortLocation;

/**
 * The first {@code netbox.sites} rule a host satisfies: every criterion the rule gives must hold
 * (source in the host's provenance, one of its pushed addresses in the subnet, located on the switch).
 * Empty: the host gets {@code netbox.defaults}.
 */
final class SiteRules {

    private final List<SiteRule> rules;
    private final Map<String, SwitchMatch> switches;

    /** @param switches the NetBox device of each switch that reported itself, by its source name */
    SiteRules(List<SiteRule> rules, Map<String, SwitchMatch> switches) {
        this.rules = rules;
        this.switches = switches;
    }

    Optional<SiteRule> of(Host host) {
        if (rules.isEmpty()) {
            return Optional.empty();
        }
        for (SiteRule r : rules) {
            if (r.source().isPresent() && host.sources().stream().noneMatch(s -> s.equalsIgnoreCase(r.source().get()))) {
                continue;
            }
            if (r.subnet().isPresent() && !inSubnet(host, r)) {
                continue;
            }
            if (r.switchName().isPresent() && !onSwitch(host, r.switchName().get())) {
                continue;
            }
            return Optional.of(r);
        }
        return Optional.empty();
    }

    private static boolean inSubnet(Host host, SiteRule r) {
        for (InetAddress a : IpPushPolicy.pushedAddresses(host)) {
            if (r.subnet().get().contains(a)) {
                return true;
            }
        }
        return false;
    }

    private boolean onSwitch(Host host, String name) {
        if (host.port().isEmpty()) {
            return false;
        }
        PortLocation at = host.port().get().value();
        if (at.switchName().equalsIgnoreCase(name)) {
            return true;
        }
        SwitchMatch m = switches.get(at.switchName());
        String lower = name.toLowerCase(Locale.ROOT);
        return m != null && m.device().map(d -> d.name().toLowerCase(Locale.ROOT).equals(lower)).orElse(false);
    }
}
