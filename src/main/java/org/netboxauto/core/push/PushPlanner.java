package org.netboxauto.core.push;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.netboxauto.core.Host;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Sourced;
import org.netboxauto.core.compare.Comparison;
import org.netboxauto.core.compare.HostMatcher;
import org.netboxauto.core.compare.NetBoxHost;
import org.netboxauto.core.compare.NetBoxInterface;
import org.netboxauto.core.compare.NetBoxKind;
import org.netboxauto.core.topology.SwitchReport;

/**
 * Approved hosts + what NetBox holds + settings → the ordered actions of a push. Pure: the same
 * inputs give the same plan, and a host already in NetBox as discovery sees it plans no write.
 */
public final class PushPlanner {

    private PushPlanner() {
    }

    /**
     * @param removals devices and VMs the admin picked for removal; nothing else is ever deleted
     */
    public static PushPlan plan(List<PushHost> hosts, PushInventory inventory, PushSettings settings,
                                Set<ObjectRef.Existing> removals) {
        return plan(hosts, inventory, settings, removals, List.of(), SwitchInventory.EMPTY);
    }

    /**
     * As {@link #plan(List, PushInventory, PushSettings, Set)}, with the switches' own reports: each
     * switch is matched to its NetBox device, and the links between switches get cables.
     */
    public static PushPlan plan(List<PushHost> hosts, PushInventory inventory, PushSettings settings,
                                Set<ObjectRef.Existing> removals, List<SwitchReport> switchReports,
                                SwitchInventory switchInventory) {
        PlanActions plan = new PlanActions();
        String tagSlug = Slugs.of(settings.tag());
        CatalogRefs catalog = new CatalogRefs(inventory, plan, settings.createMissing());
        String tagKey = null;
        if (catalog.existing(NbType.TAG, settings.tag()).isEmpty()) {
            tagKey = "tag:" + tagSlug;
            Map<String, Object> tag = new LinkedHashMap<>();
            tag.put("name", settings.tag());
            tag.put("slug", tagSlug);
            tag.put("color", "2196f3");
            tag.put("description", "Created or updated by netbox-auto");
            plan.create(tagKey, Stage.PREREQUISITES, NbType.TAG, "tag " + settings.tag(), Optional.empty(), tag);
        } else {
            tagSlug = catalog.existing(NbType.TAG, settings.tag()).get().slug();
        }
        Set<Long> cabledPorts = new HashSet<>();
        SwitchCables switchCables = new SwitchCables(switchReports, switchInventory, plan, cabledPorts);
        switchCables.plan(List.of(Map.of("slug", tagSlug)), tagKey);
        Map<Long, String> uncableable = new HashMap<>();
        switchInventory.ports().stream().filter(p -> !p.cableable()).forEach(p -> uncableable.put(p.id(), p.type()));
        VlanRefs vlans = new VlanRefs(inventory, settings, plan, catalog, List.of(Map.of("slug", tagSlug)), tagKey);
        SiteRules siteRules = new SiteRules(settings.sites(), switchCables.matches());
        Map<String, VlanRefs> groupVlans = new HashMap<>();
        String tagKeyFinal = tagKey;
        List<Object> tags = List.of(Map.of("slug", tagSlug));
        Function<Optional<SiteRule>, VlanRefs> vlansOf = rule -> rule.filter(r -> r.vlanGroup().isPresent())
                .map(r -> groupVlans.computeIfAbsent(r.vlanGroup().get().toLowerCase(java.util.Locale.ROOT),
                        g -> new VlanRefs(inventory, settings, plan, catalog, tags, tagKeyFinal, r.vlanGroup(), r.key() + ".vlan-group")))
                .orElse(vlans);
        HostActions actions = new HostActions(inventory, settings, plan, catalog, tagSlug, tagKey, cabledPorts,
                switchCables.matches(), uncableable, vlans, siteRules, vlansOf);
        PortVlans portVlans = new PortVlans(inventory, switchCables.matches());
        Map<ObjectRef.Existing, PushInventory.Machine> byId = HashMap.newHashMap(inventory.machines().size());
        inventory.machines().forEach(m -> byId.put(m.ref(), m));
        Map<Host, PushHost> byHost = new java.util.IdentityHashMap<>(hosts.size());
        List<Host> named = new ArrayList<>(hosts.size());
        for (PushHost h : hosts) {
            Host host = withOverriddenName(h);
            byHost.put(host, h);
            named.add(host);
            portVlans.add(host, vlansOf.apply(siteRules.of(host)));
        }
        portVlans.plan(plan);
        List<RemovalCandidate> removable = new ArrayList<>();
        // which fields differ does not matter here: a matched host writes what the actions below find missing
        for (Comparison c : new HostMatcher(netBoxHosts(inventory)).pair(named)) {
            switch (c.outcome()) {
                case ONLY_DISCOVERED -> actions.planNew(byHost.get(c.host().orElseThrow()));
                case SAME, DIFFERENT -> {
                    NetBoxHost nb = c.netbox().orElseThrow();
                    actions.planExisting(byHost.get(c.host().orElseThrow()), byId.get(ref(nb)));
                }
                case AMBIGUOUS -> c.host().ifPresent(h -> plan.problem(Optional.of(h.mac()),
                        MachineFacts.name(byHost.get(h)), "matches more than one NetBox object ("
                                + c.reason().orElse("ambiguous") + "); not pushed. Merge or rename them in NetBox,"
                                + " or give the host a name override", true));
                case ONLY_NETBOX -> {
                    PushInventory.Machine m = byId.get(ref(c.netbox().get()));
                    if (m.tags().contains(tagSlug)) {
                        removable.add(new RemovalCandidate(m.ref(), m.name(), m.webUrl()));
                    }
                }
            }
        }
        for (ObjectRef.Existing r : removals) {
            PushInventory.Machine m = byId.get(r);
            if (m == null) {
                plan.problem(Optional.empty(), r.toString(), "is not in NetBox (in netbox.scope); nothing removed", false);
                continue;
            }
            for (PushInventory.Interface i : m.interfaces()) {
                i.cableId().ifPresent(c -> plan.delete("delete:dcim.cable:" + c, NbType.CABLE,
                        new ObjectRef.Existing(NbType.CABLE, c), "cable #" + c + " of " + m.name() + " " + i.name(),
                        Map.of("to", i.cabledTo().orElse("?"))));
            }
            plan.delete("delete:" + r.type().contentType() + ":" + r.id(), r.type(), r, r.type().label() + " "
                    + m.name(), Map.of("name", m.name()));
        }
        labelPointedAt(inventory, plan);
        return plan.finish(removable, hosts.size());
    }

    /**
     * Labels the NetBox objects the actions' fields point at, the only ones a plan shows by label: an
     * interface as {@code web01 eth0}, an IP or MAC as itself. Not the thousands no action touches.
     */
    private static void labelPointedAt(PushInventory inventory, PlanActions plan) {
        Set<ObjectRef.Existing> shown = plan.pointedAt();
        if (shown.isEmpty()) {
            return;
        }
        // most plans point at a few kinds of object: the lists of the others are not worth a look
        Set<NbType> types = EnumSet.noneOf(NbType.class);
        shown.forEach(r -> types.add(r.type()));
        if (types.contains(NbType.DEVICE) || types.contains(NbType.VIRTUAL_MACHINE) || types.contains(NbType.INTERFACE)
                || types.contains(NbType.VM_INTERFACE)) {
            for (PushInventory.Machine m : inventory.machines()) {
                if (shown.contains(m.ref())) {
                    plan.label(m.ref(), m.name());
                }
                NbType itfType = m.type() == NbType.DEVICE ? NbType.INTERFACE : NbType.VM_INTERFACE;
                for (PushInventory.Interface i : m.interfaces()) {
                    ObjectRef.Existing ref = new ObjectRef.Existing(itfType, i.id());
                    if (shown.contains(ref)) {
                        plan.label(ref, m.name() + " " + i.name());
                    }
                }
            }
        }
        if (types.contains(NbType.INTERFACE)) {
            for (PushInventory.SwitchPort p : inventory.switchPorts()) {
                ObjectRef.Existing ref = new ObjectRef.Existing(NbType.INTERFACE, p.id());
                if (shown.contains(ref)) {
                    plan.label(ref, p.device() + " " + p.name());
                }
            }
        }
        if (types.contains(NbType.IP_ADDRESS)) {
            for (PushInventory.Ip ip : inventory.ips()) {
                ObjectRef.Existing ref = new ObjectRef.Existing(NbType.IP_ADDRESS, ip.id());
                if (shown.contains(ref)) {
                    plan.label(ref, ip.address());
                }
            }
        }
        if (types.contains(NbType.MAC_ADDRESS)) {
            for (PushInventory.Mac m : inventory.macs()) {
                ObjectRef.Existing ref = new ObjectRef.Existing(NbType.MAC_ADDRESS, m.id());
                if (shown.contains(ref)) {
                    plan.label(ref, m.mac().toString());
                }
            }
        }
        if (types.contains(NbType.VLAN)) {
            for (PushInventory.Vlan v : inventory.vlans()) {
                ObjectRef.Existing ref = new ObjectRef.Existing(NbType.VLAN, v.id());
                if (shown.contains(ref)) {
                    plan.label(ref, v.vid() + " (" + v.name() + ")");
                }
            }
        }
    }

    /** The host under the name it gets in NetBox, so a re-run finds what an interrupted one created. */
    private static Host withOverriddenName(PushHost h) {
        Host host = h.host();
        if (h.review().nameOverride().isEmpty() && host.hostname().isPresent()) {
            return host;
        }
        Sourced<String> name = new Sourced<>(MachineFacts.name(h), "review", host.lastSeen());
        return new Host(host.mac(), host.macs(), host.ips(), Optional.of(name), host.port(), host.vendor(),
                host.sources(), host.firstSeen(), host.lastSeen(), host.flags(), host.evidence());
    }

    private static List<NetBoxHost> netBoxHosts(PushInventory inventory) {
        Map<ObjectRef.Existing, List<String>> ipsByItf = HashMap.newHashMap(inventory.ips().size());
        for (PushInventory.Ip ip : inventory.ips()) {
            ip.assigned().ifPresent(a -> ipsByItf.computeIfAbsent(a, k -> new ArrayList<>(1))
                    .add(ip.address()));
        }
        List<NetBoxHost> hosts = new ArrayList<>(inventory.machines().size());
        for (PushInventory.Machine m : inventory.machines()) {
            NbType itfType = m.type() == NbType.DEVICE ? NbType.INTERFACE : NbType.VM_INTERFACE;
            List<NetBoxInterface> itfs = new ArrayList<>(m.interfaces().size());
            for (PushInventory.Interface i : m.interfaces()) {
                List<String> ips = ipsByItf.getOrDefault(new ObjectRef.Existing(itfType, i.id()), List.of());
                itfs.add(new NetBoxInterface(i.id(), i.name(), macs(i), ips, Optional.empty()));
            }
            hosts.add(new NetBoxHost(m.type() == NbType.DEVICE ? NetBoxKind.DEVICE : NetBoxKind.VIRTUAL_MACHINE, m.id(),
                    Optional.of(m.name()), m.status(), Optional.empty(), itfs, Optional.empty(), m.webUrl()));
        }
        return hosts;
    }

    /** Most interfaces hold one MAC: a list of one, which the interface keeps without a copy. */
    private static List<MacAddress> macs(PushInventory.Interface itf) {
        if (itf.macs().size() == 1) {
            return List.of(itf.macs().getFirst().mac());
        }
        List<MacAddress> macs = new ArrayList<>(itf.macs().size());
        for (PushInventory.Mac mac : itf.macs()) {
            macs.add(mac.mac());
        }
        return macs;
    }

    private static ObjectRef.Existing ref(NetBoxHost nb) {
        NbType type = nb.kind() == NetBoxKind.DEVICE ? NbType.DEVICE : NbType.VIRTUAL_MACHINE;
        return new ObjectRef.Existing(type, nb.id());
    }
}
