package org.netboxauto.core.push;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

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
    private final Map<NbType, Map<String, Optional<ObjectRef>>> resolved = new EnumMap<>(NbType.class);
    private final Map<NbType, Map<String, Optional<PushInventory.Named>>> found = new EnumMap<>(NbType.class);

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
    Optional<ObjectRef> resolve(NbType type, String value, Supplier<String> key) {
        Map<String, Optional<ObjectRef>> memo = resolved.computeIfAbsent(type, t -> new HashMap<>());
        Optional<ObjectRef> ref = memo.get(value);
        if (ref == null) {
            ref = lookup(type, value, key.get());
            memo.put(value, ref);
        }
        return ref;
    }

    /** Asked for every host: looked up in NetBox's list once per name. */
    Optional<PushInventory.Named> existing(NbType type, String value) {
        return found.computeIfAbsent(type, t -> new HashMap<>()).computeIfAbsent(value, v -> find(type, v));
    }

    private Optional<PushInventory.Named> find(NbType type, String value) {
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
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", name);
            body.put("slug", Slugs.of(name));
            return plan.create(key, Stage.PREREQUISITES, type, type.label() + " " + name, Optional.empty(), body);
        });
    }
}
