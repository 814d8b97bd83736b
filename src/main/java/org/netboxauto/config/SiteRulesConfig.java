package org.netboxauto.config;

import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.netboxauto.core.Cidr;
import org.netboxauto.core.SourceIds;
import org.netboxauto.core.SourceKind;

/**
 * Reads {@code netbox.sites}: an ordered list of { match { source, subnet, switch }, site, location,
 * tenant, vrf, vlan-group }. Every criterion a rule gives must hold; the first rule a host satisfies wins.
 */
final class SiteRulesConfig {

    private static final String LIST = "sites";

    private SiteRulesConfig() {
    }

    static List<SiteRuleEntry> read(ConfigSection netbox) {
        List<SiteRuleEntry> rules = new ArrayList<>();
        List<ConfigSection> entries = netbox.sectionList(LIST);
        for (ConfigSection r : entries) {
            ConfigSection m = r.section("match");
            Optional<String> source = text(m, "source");
            Optional<Cidr> subnet = m.parsed("subnet", SiteRulesConfig::subnet,
                    "a subnet such as 10.1.0.0/16 or 2001:db8:1::/48");
            boolean badSubnet = m.has("subnet") && subnet.isEmpty();
            Optional<String> switchName = text(m, "switch");
            m.reportUnknownKeys();
            Optional<String> site = r.required("site", "the NetBox site (slug or name) this rule's hosts go to,"
                    + " e.g. site = branch1").map(String::strip).filter(v -> !v.isEmpty());
            if (r.has("site") && site.isEmpty()) {
                r.errorAt("site", "is empty; give the NetBox site (slug or name) this rule's hosts go to");
            }
            Optional<String> location = text(r, "location");
            Optional<String> tenant = text(r, "tenant");
            Optional<String> vrf = text(r, "vrf");
            Optional<String> vlanGroup = text(r, "vlan-group");
            boolean matches = source.isPresent() || subnet.isPresent() || switchName.isPresent();
            if (!matches && !badSubnet) {
                r.errorAt("match", "has no criterion, so the rule would take every host; give at least one of"
                        + " match.source (a source id such as routeros:core-router), match.subnet or match.switch,"
                        + " or remove the rule and set netbox.defaults.site");
            }
            r.reportUnknownKeys();
            if (matches && site.isPresent()) {
                rules.add(new SiteRuleEntry(new SiteRuleEntry.Match(source, subnet, switchName), site.get(), location,
                        tenant, vrf, vlanGroup));
            }
        }
        return rules;
    }

    /**
     * Reports each {@code match.source} that names no configured source: a rule for a source that never
     * reports takes no host, which is most likely a typo. Reads the list as written, so each message names
     * its entry's index even when an entry before it was refused.
     */
    static void checkSources(ConfigSection root, SourcesConfig sources) {
        Set<String> ids = sourceIds(sources);
        Optional<ConfigValue> netbox = root.value("netbox");
        if (netbox.isEmpty() || !(netbox.get() instanceof ConfigObject nb) || !(nb.get(LIST) instanceof ConfigList list)) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof ConfigObject rule && rule.get("match") instanceof ConfigObject match
                    && match.get("source") != null && match.get("source").valueType() == ConfigValueType.STRING) {
                String source = String.valueOf(match.get("source").unwrapped()).strip();
                if (!source.isEmpty() && ids.stream().noneMatch(source::equalsIgnoreCase)) {
                    root.problems().error("netbox." + LIST + "[" + i + "].match.source", "\"" + source
                            + "\" is not a configured source; use the id KIND:NAME of one of sources.* ("
                            + (ids.isEmpty() ? "none is configured" : String.join(", ", ids))
                            + "), or remove the criterion");
                }
            }
        }
    }

    private static Set<String> sourceIds(SourcesConfig s) {
        Set<String> ids = new LinkedHashSet<>();
        s.routeros().forEach(x -> ids.add(SourceIds.of(SourceKind.ROUTEROS, x.name())));
        s.proxmox().forEach(x -> ids.add(SourceIds.of(SourceKind.PROXMOX, x.name())));
        s.snmp().forEach(x -> ids.add(SourceIds.of(SourceKind.SNMP, x.name())));
        s.kea().forEach(x -> ids.add(SourceIds.of(SourceKind.KEA, x.name())));
        s.dnsmasq().forEach(x -> ids.add(SourceIds.of(SourceKind.DNSMASQ, x.name())));
        if (s.scan().enabled()) {
            ids.add(SourceIds.of(SourceKind.SCAN, ""));
        }
        return ids;
    }

    private static Optional<String> text(ConfigSection s, String key) {
        return s.string(key).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static Cidr subnet(String text) {
        return Cidr.parse(text.strip().toLowerCase(Locale.ROOT));
    }
}
