package org.netboxauto.core.push;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The NetBox objects a site rule names — site, location, tenant, VRF — found by slug or name. Site rules
 * never create them, whatever {@code netbox.create-missing} says: a site is a place an admin sets up.
 * Each rule that names something NetBox lacks is said once in the plan, and its hosts are not pushed.
 */
final class SitePlaces {

    /** What a rule resolved to. */
    record Place(SiteRule rule, PushInventory.Named site, Optional<PushInventory.Location> location,
                 Optional<PushInventory.Named> tenant, Optional<PushInventory.Named> vrf) {

        Optional<Long> vrfId() {
            return vrf.map(PushInventory.Named::id);
        }
    }

    private final PushInventory inventory;
    private final CatalogRefs catalog;
    private final PlanActions plan;
    private final Map<String, Optional<Place>> resolved = new HashMap<>();

    SitePlaces(PushInventory inventory, CatalogRefs catalog, PlanActions plan) {
        this.inventory = inventory;
        this.catalog = catalog;
        this.plan = plan;
    }

    /** The rule's objects, or empty once the plan says which one NetBox lacks. */
    Optional<Place> of(SiteRule rule) {
        return resolved.computeIfAbsent(rule.key(), k -> resolve(rule));
    }

    private Optional<Place> resolve(SiteRule rule) {
        Optional<PushInventory.Named> site = find(NbType.SITE, rule.site(), rule.key() + ".site");
        Optional<PushInventory.Named> tenant = rule.tenant().flatMap(t -> find(NbType.TENANT, t, rule.key() + ".tenant"));
        Optional<PushInventory.Named> vrf = rule.vrf().flatMap(v -> find(NbType.VRF, v, rule.key() + ".vrf"));
        Optional<PushInventory.Location> location = site.flatMap(s -> rule.location().flatMap(l -> location(rule, s, l)));
        boolean complete = site.isPresent() && rule.tenant().isPresent() == tenant.isPresent()
                && rule.vrf().isPresent() == vrf.isPresent() && rule.location().isPresent() == location.isPresent();
        return complete ? Optional.of(new Place(rule, site.get(), location, tenant, vrf)) : Optional.empty();
    }

    private Optional<PushInventory.Named> find(NbType type, String value, String key) {
        Optional<PushInventory.Named> found = catalog.existing(type, value);
        if (found.isEmpty()) {
            plan.problem(Optional.empty(), key, "NetBox has no " + type.label() + " with "
                    + (type == NbType.VRF ? "name" : "slug or name") + " \"" + value + "\", so the hosts of this"
                    + " rule are not pushed; create it in NetBox or correct " + key
                    + " (site rules never create what they name)", true);
        }
        return found;
    }

    /** A location of the rule's site: NetBox refuses a device whose location is of another site. */
    private Optional<PushInventory.Location> location(SiteRule rule, PushInventory.Named site, String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        List<PushInventory.Location> named = inventory.places().locations().stream()
                .filter(l -> l.slug().equals(value) || l.name().toLowerCase(Locale.ROOT).equals(lower)).toList();
        Optional<PushInventory.Location> inSite = named.stream().filter(l -> l.siteId() == site.id()).findFirst();
        if (inSite.isEmpty()) {
            String key = rule.key() + ".location";
            plan.problem(Optional.empty(), key, "NetBox has no location with slug or name \"" + value + "\" in site "
                    + site.name() + (named.isEmpty() ? "" : " (only in another site)") + ", so the hosts of this rule"
                    + " are not pushed; create it in site " + site.name() + " or correct " + key, true);
        }
        return inSite;
    }
}
