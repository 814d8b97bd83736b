package org.netboxauto.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.netboxauto.config.AppConfig;
import org.netboxauto.config.NetBoxConfig;
import org.netboxauto.config.ProxmoxSource;
import org.netboxauto.config.ReviewConfig;
import org.netboxauto.config.SiteRuleEntry;
import org.netboxauto.core.SourceIds;
import org.netboxauto.core.SourceKind;
import org.netboxauto.core.push.PushSettings;
import org.netboxauto.core.push.SiteRule;

/** {@code netbox.*}, {@code review.kinds} and each Proxmox source's cluster, as the planner takes them. */
final class PushSettingsFactory {

    private PushSettingsFactory() {
    }

    static PushSettings of(AppConfig config) {
        NetBoxConfig nb = config.netbox();
        NetBoxConfig.Defaults d = nb.defaults();
        Map<String, PushSettings.KindMapping> kinds = new HashMap<>();
        for (ReviewConfig.Kind k : config.review().kinds()) {
            kinds.put(k.name(), new PushSettings.KindMapping(k.role(), k.deviceType(), k.platform()));
        }
        Map<String, String> clusters = new HashMap<>();
        for (ProxmoxSource p : config.sources().proxmox()) {
            p.cluster().ifPresent(c -> clusters.put(SourceIds.of(SourceKind.PROXMOX, p.name()), c));
        }
        return new PushSettings(nb.tag(), nb.createMissing(), new PushSettings.Defaults(d.site(), d.role(),
                d.deviceType(), d.platform(), d.cluster(), d.prefixLength()), kinds, clusters,
                new PushSettings.Scope(nb.scope().site(), nb.scope().tenant(), nb.scope().tag()), nb.setDnsName(),
                nb.vlanGroup(), siteRules(nb.sites()));
    }

    private static List<SiteRule> siteRules(List<SiteRuleEntry> entries) {
        List<SiteRule> rules = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            SiteRuleEntry e = entries.get(i);
            rules.add(new SiteRule("netbox.sites[" + i + "]", e.match().source(), e.match().subnet(),
                    e.match().switchName(), e.site(), e.location(), e.tenant(), e.vrf(), e.vlanGroup()));
        }
        return rules;
    }

    /** Device types new devices may get, whose interface templates the plan needs. */
    static Set<String> deviceTypes(PushSettings settings) {
        Set<String> types = new LinkedHashSet<>();
        settings.defaults().deviceType().ifPresent(types::add);
        settings.kinds().values().forEach(k -> k.deviceType().ifPresent(types::add));
        return types;
    }
}
