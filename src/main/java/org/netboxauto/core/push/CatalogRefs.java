package org.netboxauto.core.push;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Sites, roles, device types, platforms and clusters named in the config, found in NetBox by slug
 * or name, or planned for creation when {@code netbox.create-missing} allows it.
 */
final class CatalogRefs {

    static final String GENERIC_MANUFACTURER = "Generic";
    static final String PROXMOX_CLUSTER_TYPE = "Proxmox";

    private final PushInventory inventory;
    private final PlanActions plan;
    private final boolean createMissing;
    private final Map<String, Optional<ObjectRef>> resolved = new HashMap<>();

    CatalogRefs(PushInventory inventory, PlanActions plan, boolean createMissing) {
        this.inventory = inventory;
        this.plan = plan;
        this.createMissing = createMissing;
    }

    /**
     * The object of this type named {@code value}, or empty after a problem was reported.
     *
     * @param key the config key that named it, for the message
     */
    Optional<ObjectRef> resolve(NbType type, String value, String key) {
        String memo = type + "\u0000" + value;
        if (!resolved.containsKey(memo)) {
            resolved.put(memo, lookup(type, value, key));
        }
        return resolved.get(memo);
    }

    Optional<PushInventory.Named> existing(NbType type, String value) {
        for (PushInventory.Named n : inventory.named(type)) {
            if (n.slug().equals(value)) {
                return Optional.of(n);
            }
        }
        String lower = value.toLowerCase(Locale.ROOT);
        return inventory.named(type).stream().filter(n -> n.name().toLowerCase(Locale.ROOT).equals(lower)).findFirst();
    }

    private Optional<ObjectRef> lookup(NbType type, String value, String key) {
        Optional<PushInventory.Named> found = existing(type, value);
        if (found.isPresent()) {
            return Optional.of(plan.label(new ObjectRef.Existing(type, found.get().id()),
                    found.get().name()));
        }
        if (!createMissing) {
            plan.problem(Optional.empty(), key, "NetBox has no " + type.label() + " with slug or name \"" + value
                    + "\"; create it in NetBox, correct " + key + ", or set netbox.create-missing = true", true);
            return Optional.empty();
        }
        String slug = Slugs.of(value);
        Map<String, Object> body = new LinkedHashMap<>();
        switch (type) {
            case DEVICE_TYPE -> {
                body.put("manufacturer", prerequisite(NbType.MANUFACTURER, GENERIC_MANUFACTURER));
                body.put("model", value);
            }
            case CLUSTER -> {
                body.put("name", value);
                body.put("type", prerequisite(NbType.CLUSTER_TYPE, PROXMOX_CLUSTER_TYPE));
            }
            case ROLE -> {
                body.put("name", value);
                body.put("color", "9e9e9e");
            }
            default -> body.put("name", value);
        }
        if (type != NbType.CLUSTER) {
            body.put("slug", slug);
        }
        return Optional.of(plan.create(type.name().toLowerCase(Locale.ROOT) + ":" + slug, Stage.CATALOG, type,
                type.label() + " " + value, Optional.empty(), body));
    }

    private ObjectRef prerequisite(NbType type, String name) {
        return existing(type, name).<ObjectRef>map(n -> plan.label(new ObjectRef.Existing(type, n.id()),
                n.name())).orElseGet(() -> {
            String key = type.name().toLowerCase(Locale.ROOT) + ":" + Slugs.of(name);
            if (plan.has(key)) {
                return new ObjectRef.Planned(key);
            }
            return plan.create(key, Stage.PREREQUISITES, type, type.label() + " " + name, Optional.empty(),
                    new LinkedHashMap<>(Map.of("name", name, "slug", Slugs.of(name))));
        });
    }
}
