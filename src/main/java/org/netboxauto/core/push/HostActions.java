package org.netboxauto.core.push;

import java.net.InetAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.netboxauto.core.Host;
import org.netboxauto.core.IpLiterals;
import org.netboxauto.core.IpPushPolicy;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.PortLocation;

/** Plans one approved host: its device or VM, interfaces, MACs, IPs, primary IPv4 and IPv6, and cable. */
final class HostActions {

    private final PushInventory inventory;
    private final PushSettings settings;
    private final PlanActions plan;
    private final CatalogRefs catalog;
    private final PrefixLengths lengths;
    private final Map<String, List<PushInventory.Ip>> ipsByHost;
    private final Map<MacAddress, List<PushInventory.Mac>> unassignedMacs = new HashMap<>();
    private final SwitchPortIndex switchPorts;
    private final Set<Long> cabledPorts;
    private final Map<String, SwitchMatch> switches;
    private final Map<Long, String> uncableable;
    private final HostLayer2 layer2;
    private final InterfacePlanner interfaces;
    private final Set<String> newNames = new HashSet<>();
    private final Set<String> unmappedKinds = new HashSet<>();
    private final String tagSlug;
    private final List<Object> ownTag;
    private final String tagKey;
    private final SiteRules siteRules;
    private final SitePlaces places;
    private final Function<Optional<SiteRule>, VlanRefs> vlansOf;

    /**
     * @param cabledPorts switch interfaces a cable is planned on already
     * @param switches    the NetBox device of each switch that reported itself, by the name port locations use
     * @param uncableable type of the switch interfaces NetBox takes no cable on (a LAG, a virtual one), by id
     */
    HostActions(PushInventory inventory, PushSettings settings, PlanActions plan, CatalogRefs catalog,
                String tagSlug, String tagKey, Set<Long> cabledPorts, Map<String, SwitchMatch> switches,
                Map<Long, String> uncableable, VlanRefs vlans) {
        this(inventory, settings, plan, catalog, tagSlug, tagKey, cabledPorts, switches, uncableable, vlans,
                new SiteRules(List.of(), switches), rule -> vlans);
    }

    /**
     * @param siteRules the rule each host falls under
     * @param vlansOf   the VLANs of a rule's VLAN group (empty rule: {@code netbox.vlan-group})
     */
    HostActions(PushInventory inventory, PushSettings settings, PlanActions plan, CatalogRefs catalog,
                String tagSlug, String tagKey, Set<Long> cabledPorts, Map<String, SwitchMatch> switches,
                Map<Long, String> uncableable, VlanRefs vlans, SiteRules siteRules,
                Function<Optional<SiteRule>, VlanRefs> vlansOf) {
        this.siteRules = siteRules;
        this.places = new SitePlaces(inventory, catalog, plan);
        this.vlansOf = vlansOf;
        this.ownTag = tags(tagSlug);
        this.layer2 = new HostLayer2(plan, vlans, ownTag, tagKey);
        this.interfaces = new InterfacePlanner(inventory, plan, unassignedMacs, ownTag, tagKey);
        this.cabledPorts = cabledPorts;
        this.switches = switches;
        this.uncableable = uncableable;
        this.inventory = inventory;
        this.settings = settings;
        this.plan = plan;
        this.catalog = catalog;
        this.tagSlug = tagSlug;
        this.tagKey = tagKey;
        this.lengths = new PrefixLengths(inventory.prefixes(), settings.defaults().prefixLength());
        this.ipsByHost = HashMap.newHashMap(inventory.ips().size());
        this.switchPorts = new SwitchPortIndex(inventory.switchPorts());
        inventory.ips().forEach(ip -> ipsByHost.computeIfAbsent(IpLiterals.canonical(ip.host()), k -> new ArrayList<>(1))
                .add(ip));
        inventory.macs().stream().filter(m -> m.assigned().isEmpty())
                .forEach(m -> unassignedMacs.computeIfAbsent(m.mac(), k -> new ArrayList<>()).add(m));
    }

    /** A host NetBox does not hold yet. */
    void planNew(PushHost h) {
        Host host = h.host();
        Optional<MacAddress> at = Optional.of(host.mac());
        boolean vm = MachineFacts.isVm(host);
        NbType type = vm ? NbType.VIRTUAL_MACHINE : NbType.DEVICE;
        String name = MachineFacts.name(h);
        Optional<SiteRule> rule = siteRules.of(host);
        Optional<SitePlaces.Place> place = rule.flatMap(places::of);
        if (rule.isPresent() && place.isEmpty()) {
            plan.problem(at, name, "not planned: its site rule " + rule.get().key() + " names what NetBox lacks (see "
                    + rule.get().key() + ")", true);
            return;
        }
        MachineFacts.tellIfCut(plan, at, MachineFacts.fullName(h));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        Optional<String> kind = h.review().kind();
        PushSettings.KindMapping mapping = kind.map(settings.kinds()::get).orElse(null);
        PushSettings.Defaults d = settings.defaults();
        List<String> missing = new ArrayList<>();
        Optional<Long> deviceType = Optional.empty();
        String placement;
        if (vm) {
            String source = MachineFacts.proxmoxSource(host).orElseThrow();
            Optional<String> cluster = Optional.ofNullable(settings.clusters().get(source)).or(d::cluster);
            Optional<String> site = h.review().siteOverride().or(() -> ruleSiteOfVm(place, cluster, at, name))
                    .or(() -> cluster.isEmpty() ? d.site() : Optional.empty());
            if (cluster.isEmpty() && site.isEmpty()) {
                plan.problem(at, name, "no cluster or site for this VM; set the cluster of " + source
                        + " (sources.proxmox[].cluster), netbox.defaults.cluster or netbox.defaults.site", true);
                return;
            }
            cluster.ifPresent(c -> put(body, "cluster", NbType.CLUSTER, c, () -> settings.clusters().containsKey(source)
                    ? "the cluster of " + source : "netbox.defaults.cluster", missing));
            site.ifPresent(s -> put(body, "site", NbType.SITE, s, () -> siteKey(h, place), missing));
            placement = cluster.or(() -> site).orElseThrow();
            body.put("status", MachineFacts.stopped(host) ? "offline" : "active");
        } else {
            Optional<String> site = h.review().siteOverride().or(() -> place.map(p -> p.site().slug())).or(d::site)
                    .or(() -> settings.scope().site());
            Optional<String> role = h.review().roleOverride().or(() -> mapped(mapping, PushSettings.KindMapping::role))
                    .or(d::role);
            Optional<String> devType = mapped(mapping, PushSettings.KindMapping::deviceType).or(d::deviceType);
            requireSet(site, "netbox.defaults.site (or a site override)", missing);
            requireSet(role, "netbox.defaults.role (or a role override, or a role on kind " + kind.orElse("…") + ")",
                    missing);
            requireSet(devType, "netbox.defaults.device-type (or a device-type on kind " + kind.orElse("…") + ")",
                    missing);
            if (!missing.isEmpty()) {
                plan.problem(at, name, "not planned: set " + String.join(", ", missing), true);
                return;
            }
            put(body, "site", NbType.SITE, site.get(), () -> siteKey(h, place), missing);
            location(body, place);
            if (outsideScope(site.get())) {
                plan.problem(at, name, "its site " + site.get() + " is outside netbox.scope.site "
                        + settings.scope().site().get() + ", so a later push could not find it; set a site inside"
                        + " the scope (netbox.defaults.site or a site override)", true);
                return;
            }
            put(body, "role", NbType.ROLE, role.get(), () -> roleKey(h, mapping), missing);
            put(body, "device_type", NbType.DEVICE_TYPE, devType.get(), () -> "the device type of " + name, missing);
            deviceType = catalog.existing(NbType.DEVICE_TYPE, devType.get()).map(PushInventory.Named::id);
            placement = site.get();
            body.put("status", "active");
        }
        if (vm) {
            h.review().roleOverride().or(() -> mapped(mapping, PushSettings.KindMapping::role)).or(d::role)
                    .ifPresent(r -> put(body, "role", NbType.ROLE, r, () -> roleKey(h, mapping), missing));
        }
        warnUnmapped(h, mapping);
        mapped(mapping, PushSettings.KindMapping::platform).or(d::platform)
                .ifPresent(p -> put(body, "platform", NbType.PLATFORM, p, () -> "the platform of " + name, missing));
        if (!missing.isEmpty()) {
            plan.problem(at, name, "not planned: " + String.join(", ", missing) + " not found in NetBox", true);
            return;
        }
        String unique = type + "\u0000" + placement.toLowerCase(Locale.ROOT) + "\u0000" + name.toLowerCase(Locale.ROOT);
        if (!newNames.add(unique)) {
            plan.problem(at, name, "another approved host would get the same name in " + placement
                    + "; give one of them a name override", true);
            return;
        }
        Optional<PushInventory.Named> ruleTenant = place.flatMap(SitePlaces.Place::tenant);
        if (ruleTenant.isPresent()) {
            if (settings.scope().tenant().isPresent() && catalog.existing(NbType.TENANT, settings.scope().tenant().get())
                    .map(t -> t.id() != ruleTenant.get().id()).orElse(true)) {
                plan.problem(at, name, "its tenant " + ruleTenant.get().name() + " (" + rule.get().key() + ".tenant)"
                        + " is outside netbox.scope.tenant " + settings.scope().tenant().get() + ", so a later push"
                        + " could not find it; correct the rule's tenant or the scope", true);
                return;
            }
            body.put("tenant", ref(NbType.TENANT, ruleTenant.get().id(), ruleTenant.get().name()));
        } else {
            settings.scope().tenant().ifPresent(t -> put(body, "tenant", NbType.TENANT, t, () -> "netbox.scope.tenant",
                    missing));
        }
        if (!missing.isEmpty()) {
            plan.problem(at, name, "not planned: " + String.join(", ", missing) + " not found in NetBox", true);
            return;
        }
        body.put("tags", tags(settings.scope().tag().flatMap(t -> catalog.existing(NbType.TAG, t))
                .map(PushInventory.Named::slug).filter(t -> !t.equals(tagSlug)).map(List::of).orElse(List.of())));
        lastSeen(type, host).ifPresent(v -> body.put("custom_fields", Map.of("last_seen", v)));
        String key = (vm ? "vm:" : "device:") + host.mac();
        ObjectRef machine = plan.create(key, Stage.MACHINES, type, type.label() + " " + name, at, body, tagKey);
        plan.title(host.mac(), type.label() + " " + name + " (new)");
        List<String> templates = deviceType.map(inventory.templates()::get).orElse(List.of());
        parts(h, name, machine, Optional.empty(), templates, rule, place);
    }

    /** A host matched to a NetBox device or VM: only what is missing or differs is written. */
    void planExisting(PushHost h, PushInventory.Machine m) {
        Host host = h.host();
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        h.review().nameOverride().map(String::strip)
                .filter(n -> !n.isEmpty() && !MachineFacts.fit(n).equals(m.name()))
                .ifPresent(n -> {
                    before.put("name", m.name());
                    after.put("name", MachineFacts.fit(n));
                    MachineFacts.tellIfCut(plan, Optional.of(host.mac()), n);
                });
        if (!m.tags().contains(tagSlug)) {
            List<String> sorted = m.tags().isEmpty() ? List.of() : m.tags().stream().sorted().toList();
            before.put("tags", sorted);
            after.put("tags", tags(sorted));
        }
        lastSeen(m.type(), host).filter(v -> !LastSeenValue.same(m.lastSeen(), v)).ifPresent(v -> {
            before.put("custom_fields", java.util.Collections.singletonMap("last_seen", m.lastSeen().orElse(null)));
            after.put("custom_fields", Map.of("last_seen", v));
        });
        if (m.type() == NbType.VIRTUAL_MACHINE && MachineFacts.isVm(host)
                && (m.status().equals("active") || m.status().equals("offline"))) {
            String wanted = MachineFacts.stopped(host) ? "offline" : "active";
            if (!wanted.equals(m.status())) {
                before.put("status", m.status());
                after.put("status", wanted);
            }
        }
        if (!after.isEmpty()) {
            plan.update("update:" + m.type().contentType() + ":" + m.id(), Stage.MACHINES, m.type(), m.ref(),
                    m.type().label() + " " + m.name(), Optional.of(host.mac()), before, after, tagKey);
        }
        plan.title(host.mac(), m.type().label() + " " + m.name());
        Optional<SiteRule> rule = siteRules.of(host);
        Optional<SitePlaces.Place> place = rule.flatMap(places::of);
        if (rule.isPresent() && place.isEmpty()) {
            plan.problem(Optional.of(host.mac()), m.name(), "its site rule " + rule.get().key() + " names what NetBox"
                    + " lacks (see " + rule.get().key() + "); its IPs are not pushed until that is fixed", false);
        }
        place.filter(p -> m.siteId().isPresent() && m.siteId().get() != p.site().id()).ifPresent(p -> plan.problem(
                Optional.of(host.mac()), m.name(), "NetBox has it in site " + siteName(m.siteId().get()) + ", "
                        + p.rule().key() + " puts its hosts in " + p.site().name() + "; left where it is. Move it in"
                        + " NetBox if it moved, or correct the rule", false));
        parts(h, after.getOrDefault("name", m.name()).toString(), m.ref(), Optional.of(m), List.of(), rule, place);
    }

    private void parts(PushHost h, String name, ObjectRef machine, Optional<PushInventory.Machine> existing,
                       List<String> templates, Optional<SiteRule> rule, Optional<SitePlaces.Place> place) {
        Map<MacAddress, InterfacePlanner.Placed> placed = interfaces.plan(h.host(), name, machine, existing,
                new ArrayDeque<>(templates));
        InterfacePlanner.Placed primary = placed.get(h.host().mac());
        if (rule.isEmpty() || place.isPresent()) {
            ips(h.host(), name, machine, existing, primary, place);
        }
        Optional<Long> site = existing.isPresent() ? existing.flatMap(PushInventory.Machine::siteId)
                : place.map(p -> p.site().id());
        layer2.plan(h.host(), name, machine, existing, placed, vlansOf.apply(rule), site);
        if (!MachineFacts.isVm(h.host())) {
            cable(h.host(), name, primary);
        }
    }

    /** The host's name as NetBox takes a DNS name: as found when it is one, else reduced to one label. */
    private static Optional<String> dnsName(Host host) {
        return host.hostnameValue().map(n -> n.toLowerCase(java.util.Locale.ROOT))
                .flatMap(n -> isDnsName(n) ? Optional.of(n) : org.netboxauto.core.dns.DnsLabels.reduce(n, "").label());
    }

    /** {@code [0-9a-z_-]+(\.[0-9a-z_-]+)*} of at most 253 characters, without a regex: it runs for every new IP. */
    private static boolean isDnsName(String n) {
        if (n.isEmpty() || n.length() > 253) {
            return false;
        }
        char previous = '.';
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            boolean label = c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c == '_' || c == '-';
            if (!label && (c != '.' || previous == '.')) {
                return false;
            }
            previous = c;
        }
        return previous != '.';
    }

    /** The DNS name an existing IP should get, when set-dns-name is on and NetBox has another one. */
    private Optional<String> newDnsName(Host host, PushInventory.Ip found) {
        return dnsName(host).filter(n -> settings.setDnsName())
                .filter(n -> !n.equalsIgnoreCase(found.dnsName().orElse("")));
    }

    private void ips(Host host, String name, ObjectRef machine, Optional<PushInventory.Machine> existing,
                     InterfacePlanner.Placed itf, Optional<SitePlaces.Place> place) {
        Optional<Long> vrf = place.flatMap(SitePlaces.Place::vrfId);
        Optional<MacAddress> at = Optional.of(host.mac());
        Set<Long> own = new HashSet<>();
        existing.ifPresent(m -> m.interfaces().forEach(i -> own.add(i.id())));
        NbType itfType = MachineFacts.isVm(host) ? NbType.VM_INTERFACE : NbType.INTERFACE;
        Primary primary4 = null;
        Primary primary6 = null;
        Set<String> seen = new HashSet<>();
        for (InetAddress address : IpPushPolicy.pushedAddresses(host)) {
            String ip = IpLiterals.canonical(address);
            if (!seen.add(ip)) {
                continue;
            }
            String key = "ip:" + vrf.map(v -> v + ":").orElse("") + ip;
            PushInventory.Ip found = held(ip, vrf);
            ObjectRef ref;
            if (found == null) {
                if (plan.has(key)) {
                    plan.problem(at, name + " " + ip, "another approved host has this IP too; it goes to the first", false);
                    continue;
                }
                int length = lengths.lengthOf(address, vrf);
                if (PrefixLengths.unassignable(address, length)) {
                    plan.problem(at, name + " " + ip, "is the " + (PrefixLengths.isNetworkId(address, length)
                            ? "network ID" : "broadcast address") + " of its NetBox prefix /" + length
                            + ", which NetBox does not put on an interface; not pushed. Check the prefix in NetBox",
                            false);
                    continue;
                }
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("address", ip + "/" + length);
                body.put("status", "active");
                place.flatMap(SitePlaces.Place::vrf).ifPresent(v -> body.put("vrf", ref(NbType.VRF, v.id(), v.name())));
                place.flatMap(SitePlaces.Place::tenant).ifPresent(t -> body.put("tenant", ref(NbType.TENANT, t.id(),
                        t.name())));
                dnsName(host).filter(n -> settings.setDnsName()).ifPresent(n -> body.put("dns_name", n));
                body.put("assigned_object_type", itfType.contentType());
                body.put("assigned_object_id", itf.ref());
                body.put("tags", tags(List.of()));
                ref = plan.create(key, Stage.IPS, NbType.IP_ADDRESS, "IP " + body.get("address") + " on " + name + " "
                        + itf.name(), at, body, tagKey);
            } else if (found.assigned().isEmpty()) {
                Map<String, Object> before = new LinkedHashMap<>();
                before.put("assigned_object_type", null);
                before.put("assigned_object_id", null);
                Map<String, Object> after = new LinkedHashMap<>();
                after.put("assigned_object_type", itfType.contentType());
                after.put("assigned_object_id", itf.ref());
                newDnsName(host, found).ifPresent(n -> {
                    before.put("dns_name", found.dnsName().orElse(""));
                    after.put("dns_name", n);
                });
                plan.update(key, Stage.IPS, NbType.IP_ADDRESS, new ObjectRef.Existing(NbType.IP_ADDRESS, found.id()),
                        "IP " + found.address() + " on " + name + " " + itf.name(), at, before, after);
                ref = new ObjectRef.Existing(NbType.IP_ADDRESS, found.id());
            } else if (own.contains(found.assigned().get().id())) {
                ref = new ObjectRef.Existing(NbType.IP_ADDRESS, found.id());
                Optional<String> dnsName = newDnsName(host, found);
                if (dnsName.isPresent()) {
                    Map<String, Object> before = new LinkedHashMap<>();
                    before.put("dns_name", found.dnsName().orElse(""));
                    plan.update(key, Stage.IPS, NbType.IP_ADDRESS, (ObjectRef.Existing) ref,
                            "DNS name of IP " + found.address() + " on " + name, at, before,
                            Map.of("dns_name", dnsName.get()));
                }
            } else {
                plan.problem(at, name + " " + ip, "NetBox has " + found.address() + " on " + found.assigned().get()
                        + " of another object; left there", false);
                continue;
            }
            if (address instanceof java.net.Inet4Address) {
                primary4 = primary4 == null ? new Primary(ref, key) : primary4;
            } else {
                primary6 = primary6 == null ? new Primary(ref, key) : primary6;
            }
        }
        NbType type = existing.map(PushInventory.Machine::type)
                .orElse(MachineFacts.isVm(host) ? NbType.VIRTUAL_MACHINE : NbType.DEVICE);
        if (primary4 != null && existing.flatMap(PushInventory.Machine::primaryIp4).isEmpty()) {
            primary(host, name, machine, type, "primary_ip4", "primary IPv4 of ", primary4);
        }
        if (primary6 != null && existing.flatMap(PushInventory.Machine::primaryIp6).isEmpty()) {
            primary(host, name, machine, type, "primary_ip6", "primary IPv6 of ", primary6);
        }
    }

    /**
     * The IP object NetBox holds for this address: in the rule's VRF when the host's rule names one (the same
     * numbers in another VRF are another address), else the first NetBox has, whatever its VRF.
     */
    private PushInventory.Ip held(String ip, Optional<Long> vrf) {
        List<PushInventory.Ip> all = ipsByHost.get(ip);
        if (all == null) {
            return null;
        }
        if (vrf.isEmpty()) {
            return all.getFirst();
        }
        return all.stream().filter(i -> i.vrfId().equals(vrf)).findFirst().orElse(null);
    }

    /** A VM keeps its cluster's site: NetBox refuses a VM in another site than its cluster's (VirtualMachine.clean). */
    private Optional<String> ruleSiteOfVm(Optional<SitePlaces.Place> place, Optional<String> cluster,
                                          Optional<MacAddress> at, String name) {
        if (place.isEmpty()) {
            return Optional.empty();
        }
        SitePlaces.Place p = place.get();
        Optional<Long> clusterSite = cluster.flatMap(c -> catalog.existing(NbType.CLUSTER, c))
                .map(c -> inventory.places().clusterSites().get(c.id()));
        if (clusterSite.isPresent() && clusterSite.get() != p.site().id()) {
            plan.problem(at, name, "its cluster " + cluster.get() + " is in site " + siteName(clusterSite.get())
                    + ", not " + p.site().name() + " (" + p.rule().key() + ".site); NetBox keeps a VM in its cluster's"
                    + " site, so the VM gets that one", false);
            return Optional.empty();
        }
        return Optional.of(p.site().slug());
    }

    /** The rule's location, when the device goes to the rule's site (a site override may send it elsewhere). */
    private void location(Map<String, Object> body, Optional<SitePlaces.Place> place) {
        Optional<PushInventory.Location> location = place.flatMap(SitePlaces.Place::location);
        if (location.isPresent() && body.get("site") instanceof ObjectRef.Existing site
                && site.id() == location.get().siteId()) {
            body.put("location", ref(NbType.LOCATION, location.get().id(), location.get().name()));
        }
    }

    private ObjectRef ref(NbType type, long id, String label) {
        return plan.label(new ObjectRef.Existing(type, id), label);
    }

    private String siteName(long id) {
        return inventory.named(NbType.SITE).stream().filter(s -> s.id() == id).map(PushInventory.Named::name)
                .findFirst().orElse("#" + id);
    }

    /** The first address of a family the host gets, with the key of the action that puts it on the interface. */
    private record Primary(ObjectRef ref, String key) {
    }

    /** Set only where NetBox has none: a primary IP an admin chose is never replaced. */
    private void primary(Host host, String name, ObjectRef machine, NbType type, String field, String label,
                         Primary ip) {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put(field, null);
        plan.update(field.replace('_', '-') + ":" + host.mac(), Stage.PRIMARY_IPS, type, machine, label + name,
                Optional.of(host.mac()), before, Map.of(field, ip.ref()), ip.key());
    }

    private void cable(Host host, String name, InterfacePlanner.Placed itf) {
        if (host.port().isEmpty()) {
            return;
        }
        PortLocation port = host.port().get().value();
        Optional<MacAddress> at = Optional.of(host.mac());
        String subject = name + " " + itf.name();
        SwitchMatch match = switches.get(port.switchName());
        if (match != null && match.device().isEmpty()) {
            plan.problem(at, subject, "switch " + port.switchName() + " is not found in NetBox (see switch "
                    + port.switchName() + "); no cable to its port " + port.port(), false);
            return;
        }
        String device = match == null ? port.switchName() : match.device().get().name();
        PushInventory.SwitchPort sp = switchPorts.get(device, port.port());
        if (itf.cabledTo().isPresent()) {
            String far = itf.cabledTo().get();
            if (sp == null || !far.equalsIgnoreCase(device + " " + port.port())) {
                plan.problem(at, subject, "NetBox has it cabled to " + far + ", discovery found it on "
                        + device + " " + port.port() + "; the cable is left as it is", false);
            }
            return;
        }
        if (sp == null) {
            plan.problem(at, subject, "switch " + device + " port " + port.port()
                    + " is not in NetBox; no cable", false);
            return;
        }
        if (uncableable.containsKey(sp.id())) {
            plan.problem(at, subject, device + " " + port.port() + " is a " + uncableable.get(sp.id()) + " interface in"
                    + " NetBox, which takes no cable; cable the host's NICs to its member ports", false);
            return;
        }
        if (sp.cableId().isPresent() || !cabledPorts.add(sp.id())) {
            plan.problem(at, subject, device + " " + port.port() + " already has a cable"
                    + sp.cableId().map(c -> " (#" + c + ")").orElse(" planned for another host") + "; no cable", false);
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("a_terminations", List.of(Map.of("object_type", NbType.INTERFACE.contentType(), "object_id", itf.ref())));
        body.put("b_terminations", List.of(Map.of("object_type", NbType.INTERFACE.contentType(),
                "object_id", new ObjectRef.Existing(NbType.INTERFACE, sp.id()))));
        body.put("status", "connected");
        body.put("tags", tags(List.of()));
        plan.create("cable:" + host.mac(), Stage.CABLES, NbType.CABLE, "cable " + subject + " to " + device
                + " " + port.port() + (match == null ? "" : " (" + match.how() + ")"), at, body, tagKey);
    }

    /** @param key the config key that named {@code value}, made only for a message when it is not found */
    private void put(Map<String, Object> body, String field, NbType type, String value, Supplier<String> key,
                     List<String> missing) {
        catalog.resolve(type, value, key).ifPresentOrElse(ref -> body.put(field, ref),
                () -> missing.add(type.label() + " \"" + value + "\""));
    }

    /** Where the role of a new host comes from, named as the admin would fix it. */
    private static String roleKey(PushHost h, PushSettings.KindMapping mapping) {
        if (h.review().roleOverride().isPresent()) {
            return "the role override of " + MachineFacts.name(h);
        }
        return mapped(mapping, PushSettings.KindMapping::role).isPresent()
                ? "the role of kind " + h.review().kind().orElseThrow() + " (review.kinds)" : "netbox.defaults.role";
    }

    /** A classified host whose kind names no role gets the default one: said once per kind. */
    private void warnUnmapped(PushHost h, PushSettings.KindMapping mapping) {
        Optional<String> kind = h.review().kind();
        Optional<String> fallback = settings.defaults().role();
        if (kind.isEmpty() || h.review().roleOverride().isPresent() || fallback.isEmpty()
                || mapped(mapping, PushSettings.KindMapping::role).isPresent() || !unmappedKinds.add(kind.get())) {
            return;
        }
        plan.problem(Optional.empty(), "review.kinds", "kind " + kind.get() + " has no NetBox role; it will get"
                + " netbox.defaults.role = " + fallback.get() + ". Map it: { name = " + kind.get() + ", role = \"…\" }",
                false);
    }

    private boolean outsideScope(String site) {
        if (settings.scope().site().isEmpty()) {
            return false;
        }
        Optional<PushInventory.Named> wanted = catalog.existing(NbType.SITE, site);
        Optional<PushInventory.Named> scope = catalog.existing(NbType.SITE, settings.scope().site().get());
        return wanted.isEmpty() || scope.isEmpty() || wanted.get().id() != scope.get().id();
    }

    private static String siteKey(PushHost h, Optional<SitePlaces.Place> place) {
        return h.review().siteOverride().isPresent() ? "the site override of " + MachineFacts.name(h)
                : place.map(p -> p.rule().key() + ".site").orElse("netbox.defaults.site");
    }

    private static void requireSet(Optional<String> value, String key, List<String> missing) {
        if (value.isEmpty()) {
            missing.add(key);
        }
    }

    private static Optional<String> mapped(PushSettings.KindMapping mapping,
                                           java.util.function.Function<PushSettings.KindMapping, Optional<String>> f) {
        return mapping == null ? Optional.empty() : f.apply(mapping);
    }

    private static List<Object> tags(String tagSlug) {
        return List.of(Map.of("slug", tagSlug));
    }

    private List<Object> tags(List<String> existing) {
        if (existing.isEmpty()) {
            // most objects get the tag alone: one list for all of them, not one each
            return ownTag;
        }
        List<Object> tags = new ArrayList<>();
        existing.forEach(s -> tags.add(Map.of("slug", s)));
        tags.add(Map.of("slug", tagSlug));
        return tags;
    }

    private Optional<String> lastSeen(NbType type, Host host) {
        return Optional.ofNullable(inventory.lastSeenFields().get(type)).map(t -> LastSeenValue.format(t, host.lastSeen()));
    }
}
