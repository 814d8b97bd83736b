package org.netboxauto.core.push;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * VLANs by VID: in the group {@code netbox.vlan-group} names, else among the global VLANs (in no
 * group). A VID NetBox lacks is created only with {@code netbox.create-missing}; each VID that
 * cannot be used is said once in the plan, with what to set.
 */
final class VlanRefs {

    private static final String GROUP_KEY = "netbox.vlan-group";

    private final Optional<String> groupName;
    private final String groupKey;
    private final PushInventory inventory;
    private final PushSettings settings;
    private final PlanActions plan;
    private final CatalogRefs catalog;
    private final List<Object> tags;
    private final String tagKey;
    private final Map<Integer, Optional<ObjectRef>> memo = new HashMap<>();
    private Optional<ObjectRef> group;
    private Map<Long, PushInventory.Vlan> byId;
    private Map<Integer, List<PushInventory.Vlan>> byVid;

    VlanRefs(PushInventory inventory, PushSettings settings, PlanActions plan, CatalogRefs catalog, List<Object> tags,
             String tagKey) {
        this(inventory, settings, plan, catalog, tags, tagKey, settings.vlanGroup(), GROUP_KEY);
    }

    /**
     * @param groupName the VLAN group to look VLANs up in; empty: the global VLANs
     * @param groupKey  the config key that named it, for messages
     */
    VlanRefs(PushInventory inventory, PushSettings settings, PlanActions plan, CatalogRefs catalog, List<Object> tags,
             String tagKey, Optional<String> groupName, String groupKey) {
        this.groupName = groupName;
        this.groupKey = groupKey;
        this.inventory = inventory;
        this.settings = settings;
        this.plan = plan;
        this.catalog = catalog;
        this.tags = tags;
        this.tagKey = tagKey;
    }

    /** A VLAN NetBox holds, by id. */
    Optional<PushInventory.Vlan> known(long id) {
        if (byId == null) {
            byId = new HashMap<>();
            inventory.vlans().forEach(v -> byId.put(v.id(), v));
        }
        return Optional.ofNullable(byId.get(id));
    }

    private Map<Integer, List<PushInventory.Vlan>> byVid() {
        if (byVid == null) {
            byVid = new HashMap<>();
            inventory.vlans().forEach(v -> byVid.computeIfAbsent(v.vid(), k -> new java.util.ArrayList<>()).add(v));
        }
        return byVid;
    }

    /** The VLAN with this VID, or empty once the plan says why there is none to use. */
    Optional<ObjectRef> of(int vid) {
        return memo.computeIfAbsent(vid, this::lookup);
    }

    private Optional<ObjectRef> lookup(int vid) {
        Optional<ObjectRef> inGroup = group();
        if (groupName.isPresent() && inGroup.isEmpty()) {
            return Optional.empty();
        }
        Optional<Long> groupId = inGroup.filter(ObjectRef.Existing.class::isInstance)
                .map(g -> ((ObjectRef.Existing) g).id());
        List<PushInventory.Vlan> found = inGroup.isPresent() && groupId.isEmpty() ? List.of()
                : byVid().getOrDefault(vid, List.of()).stream().filter(v -> v.groupId().equals(groupId)).toList();
        String where = groupName.map(g -> " in VLAN group " + g).orElse(" outside any VLAN group");
        if (found.size() > 1) {
            plan.problem(Optional.empty(), "VLAN " + vid, "NetBox has " + found.size() + " VLANs with VID " + vid + where
                    + " (" + String.join(", ", found.stream().map(v -> v.name() + " #" + v.id()).toList())
                    + "); none is assigned. Set " + groupKey + " to the VLAN group to use", false);
            return Optional.empty();
        }
        if (found.size() == 1) {
            PushInventory.Vlan v = found.getFirst();
            return Optional.of(plan.label(new ObjectRef.Existing(NbType.VLAN, v.id()), vid + " (" + v.name() + ")"));
        }
        if (!settings.createMissing()) {
            plan.problem(Optional.empty(), "VLAN " + vid, "NetBox has no VLAN with VID " + vid + where
                    + "; no interface is given it. Create it in NetBox, set netbox.create-missing = true"
                    + (groupName.isEmpty() ? ", or set " + groupKey + " to the VLAN group that holds it" : ""), false);
            return Optional.empty();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("vid", vid);
        body.put("name", "VLAN " + vid);
        inGroup.ifPresent(g -> body.put("group", g));
        body.put("status", "active");
        body.put("tags", tags);
        return Optional.of(plan.create("vlan:" + groupName.map(Slugs::of).orElse("") + ":" + vid, Stage.CATALOG,
                NbType.VLAN, "VLAN " + vid + groupName.map(g -> " in group " + g).orElse(""), Optional.empty(), body,
                tagKey));
    }

    /** The group of {@code netbox.vlan-group}: found, planned with create-missing, or empty (said once). */
    private Optional<ObjectRef> group() {
        if (group != null) {
            return group;
        }
        group = Optional.empty();
        Optional<String> name = groupName;
        if (name.isEmpty()) {
            return group;
        }
        Optional<PushInventory.Named> found = catalog.existing(NbType.VLAN_GROUP, name.get());
        if (found.isPresent()) {
            group = Optional.of(plan.label(new ObjectRef.Existing(NbType.VLAN_GROUP, found.get().id()),
                    found.get().name()));
        } else if (plan.has("vlan_group:" + Slugs.of(name.get()))) {
            group = Optional.of(new ObjectRef.Planned("vlan_group:" + Slugs.of(name.get())));
        } else if (settings.createMissing()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", name.get());
            body.put("slug", Slugs.of(name.get()));
            // a prerequisite, like a manufacturer: sent with the tag, so it cannot carry it
            group = Optional.of(plan.create("vlan_group:" + Slugs.of(name.get()), Stage.PREREQUISITES, NbType.VLAN_GROUP,
                    "VLAN group " + name.get(), Optional.empty(), body));
        } else {
            plan.problem(Optional.empty(), groupKey, "NetBox has no VLAN group with slug or name \"" + name.get()
                    + "\"; no VLAN is assigned. Create it in NetBox, correct " + groupKey
                    + ", or set netbox.create-missing = true", false);
        }
        return group;
    }
}
