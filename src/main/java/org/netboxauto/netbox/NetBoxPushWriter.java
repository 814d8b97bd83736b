package org.netboxauto.netbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.netboxauto.core.push.ActionOutcome;
import org.netboxauto.core.push.ActionVerb;
import org.netboxauto.core.push.NbType;
import org.netboxauto.core.push.ObjectRef;
import org.netboxauto.core.push.PushAction;

/**
 * Sends actions of one stage, type and verb to NetBox with its bulk endpoints. NetBox applies a
 * bulk write all or none, so when some items are refused they are failed with NetBox's message
 * and the others are sent again.
 */
public final class NetBoxPushWriter {

    public static final int BATCH = 200;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern INDEXED = Pattern.compile("^\\[(\\d+)]\\.(.*)$");
    private static final Pattern BY_ID = Pattern.compile("^\\[id (\\d+)]\\.(.*)$");
    private static final Map<NbType, String> PATHS = Map.ofEntries(
            Map.entry(NbType.TAG, "/api/extras/tags/"),
            Map.entry(NbType.MANUFACTURER, "/api/dcim/manufacturers/"),
            Map.entry(NbType.SITE, "/api/dcim/sites/"),
            Map.entry(NbType.ROLE, "/api/dcim/device-roles/"),
            Map.entry(NbType.DEVICE_TYPE, "/api/dcim/device-types/"),
            Map.entry(NbType.PLATFORM, "/api/dcim/platforms/"),
            Map.entry(NbType.CLUSTER_TYPE, "/api/virtualization/cluster-types/"),
            Map.entry(NbType.CLUSTER, "/api/virtualization/clusters/"),
            Map.entry(NbType.VLAN_GROUP, "/api/ipam/vlan-groups/"),
            Map.entry(NbType.VLAN, "/api/ipam/vlans/"),
            Map.entry(NbType.DEVICE, "/api/dcim/devices/"),
            Map.entry(NbType.VIRTUAL_MACHINE, "/api/virtualization/virtual-machines/"),
            Map.entry(NbType.INTERFACE, "/api/dcim/interfaces/"),
            Map.entry(NbType.VM_INTERFACE, "/api/virtualization/interfaces/"),
            Map.entry(NbType.MAC_ADDRESS, "/api/dcim/mac-addresses/"),
            Map.entry(NbType.IP_ADDRESS, "/api/ipam/ip-addresses/"),
            Map.entry(NbType.CABLE, "/api/dcim/cables/"));

    private final NetBoxClient client;
    private final int batchSize;

    /** @param batchSize objects per bulk request */
    public NetBoxPushWriter(NetBoxClient client, int batchSize) {
        this.client = client;
        this.batchSize = batchSize;
    }

    public static String path(NbType type) {
        return PATHS.get(type);
    }

    /**
     * @param batch actions of one stage, type and verb whose dependencies all succeeded
     * @param ids   the NetBox id of an object, planned or existing
     */
    public List<ActionOutcome> send(List<PushAction> batch, Function<ObjectRef, Optional<Long>> ids) {
        Map<String, ActionOutcome> outcomes = new HashMap<>();
        for (List<PushAction> round : rounds(batch, ids)) {
            for (int from = 0; from < round.size(); from += batchSize) {
                chunk(round.subList(from, Math.min(round.size(), from + batchSize)), ids)
                        .forEach(o -> outcomes.put(o.key(), o));
            }
        }
        return batch.stream().map(a -> outcomes.get(a.key())).toList();
    }

    /**
     * An object named twice in one bulk update would get one of its changes (≤ 4.6 keeps the last,
     * 4.7 refuses the request), so a repeated target waits for a later request.
     */
    private static List<List<PushAction>> rounds(List<PushAction> batch, Function<ObjectRef, Optional<Long>> ids) {
        ActionVerb verb = batch.getFirst().verb();
        if (verb != ActionVerb.UPDATE && verb != ActionVerb.DELETE) {
            return List.of(batch);
        }
        List<List<PushAction>> rounds = new ArrayList<>();
        List<java.util.Set<Long>> targets = new ArrayList<>();
        for (PushAction a : batch) {
            long id = target(a, ids);
            int i = 0;
            while (i < rounds.size() && targets.get(i).contains(id)) {
                i++;
            }
            if (i == rounds.size()) {
                rounds.add(new ArrayList<>());
                targets.add(new java.util.HashSet<>());
            }
            rounds.get(i).add(a);
            targets.get(i).add(id);
        }
        return rounds;
    }

    private List<ActionOutcome> chunk(List<PushAction> chunk, Function<ObjectRef, Optional<Long>> ids) {
        if (chunk.getFirst().verb() == ActionVerb.FIND) {
            return find(chunk, ids);
        }
        Map<String, ActionOutcome> outcomes = new LinkedHashMap<>();
        List<PushAction> pending = new ArrayList<>(chunk);
        while (!pending.isEmpty()) {
            try {
                JsonNode answer = write(pending, ids);
                matchAnswer(pending, answer, ids).forEach(o -> outcomes.put(o.key(), o));
                pending = List.of();
            } catch (NetBoxRequestRejected e) {
                Map<Integer, List<String>> perItem = perItem(e.fieldErrors(), pending, ids);
                if (pending.size() == 1 || perItem.isEmpty()) {
                    if (pending.size() > 1) {
                        pending = oneByOne(pending, ids, outcomes);
                        continue;
                    }
                    outcomes.put(pending.getFirst().key(), ActionOutcome.failed(pending.getFirst().key(),
                            describe(e.fieldErrors())));
                    pending = List.of();
                } else {
                    List<PushAction> again = new ArrayList<>();
                    for (int i = 0; i < pending.size(); i++) {
                        List<String> errors = perItem.get(i);
                        if (errors == null) {
                            again.add(pending.get(i));
                        } else {
                            outcomes.put(pending.get(i).key(), ActionOutcome.failed(pending.get(i).key(),
                                    "NetBox refused it: " + String.join("; ", errors)));
                        }
                    }
                    pending = again;
                }
            } catch (NetBoxUnreachable e) {
                pending.forEach(a -> outcomes.put(a.key(), ActionOutcome.failed(a.key(), e.getMessage()
                        + ". NetBox may or may not have applied it: run the push again, it picks up what exists")));
                pending = List.of();
            } catch (NetBoxException e) {
                if (pending.size() > 1) {
                    pending = oneByOne(pending, ids, outcomes);
                } else {
                    outcomes.put(pending.getFirst().key(), ActionOutcome.failed(pending.getFirst().key(),
                            e.getMessage()));
                    pending = List.of();
                }
            }
        }
        return chunk.stream().map(a -> outcomes.get(a.key())).toList();
    }

    /**
     * A bulk create answers in request order. A bulk update answers in the model's own ordering and
     * leaves out the ids NetBox did not find, so its rows are matched by id; a delete answers nothing.
     */
    private static List<ActionOutcome> matchAnswer(List<PushAction> sent, JsonNode answer,
                                                   Function<ObjectRef, Optional<Long>> ids) {
        PushAction first = sent.getFirst();
        List<ActionOutcome> out = new ArrayList<>(sent.size());
        switch (first.verb()) {
            case CREATE -> {
                for (int i = 0; i < sent.size(); i++) {
                    JsonNode row = answer != null && answer.isArray() ? answer.get(i) : answer;
                    PushAction a = sent.get(i);
                    out.add(row != null && row.has("id") ? ActionOutcome.ok(a.key(), Optional.of(row.get("id").asLong()))
                            : ActionOutcome.failed(a.key(), "NetBox answered the create without the new object's"
                            + " id; run the push again, it finds what was made"));
                }
            }
            case UPDATE -> {
                java.util.Set<Long> answered = new java.util.HashSet<>();
                if (answer != null) {
                    (answer.isArray() ? answer : JSON.arrayNode().add(answer))
                            .forEach(row -> answered.add(row.path("id").asLong(-1)));
                }
                for (PushAction a : sent) {
                    long id = target(a, ids);
                    out.add(answered.contains(id) ? ActionOutcome.ok(a.key(), Optional.of(id))
                            : ActionOutcome.failed(a.key(), "NetBox no longer has " + a.label() + " (id " + id
                            + "); it was removed after the preview: preview the push again"));
                }
            }
            default -> sent.forEach(a -> out.add(ActionOutcome.ok(a.key(), Optional.of(target(a, ids)))));
        }
        return out;
    }

    /** A bulk write NetBox refused as a whole (e.g. a 500 from two items colliding): each alone. */
    private List<PushAction> oneByOne(List<PushAction> pending, Function<ObjectRef, Optional<Long>> ids,
                                      Map<String, ActionOutcome> outcomes) {
        for (PushAction a : pending) {
            chunk(List.of(a), ids).forEach(o -> outcomes.put(o.key(), o));
        }
        return List.of();
    }

    private JsonNode write(List<PushAction> actions, Function<ObjectRef, Optional<Long>> ids) {
        PushAction first = actions.getFirst();
        String path = PATHS.get(first.type());
        switch (first.verb()) {
            case CREATE -> {
                if (actions.size() == 1) {
                    return client.create(path, body(first.after(), ids));
                }
                ArrayNode list = JSON.arrayNode();
                actions.forEach(a -> list.add(body(a.after(), ids)));
                return client.create(path, list);
            }
            case UPDATE -> {
                if (actions.size() == 1) {
                    return client.update(path, target(first, ids), body(first.after(), ids));
                }
                ArrayNode list = JSON.arrayNode();
                for (PushAction a : actions) {
                    ObjectNode item = body(a.after(), ids);
                    ObjectNode withId = JSON.objectNode().put("id", target(a, ids));
                    withId.setAll(item);
                    list.add(withId);
                }
                return client.updateAll(path, list);
            }
            case DELETE -> {
                if (actions.size() == 1) {
                    client.delete(path, target(first, ids));
                    return null;
                }
                ArrayNode list = JSON.arrayNode();
                actions.forEach(a -> list.add(JSON.objectNode().put("id", target(a, ids))));
                client.deleteAll(path, list);
                return null;
            }
            default -> throw new IllegalArgumentException(first.verb() + " writes nothing");
        }
    }

    /** Interfaces NetBox made from device-type templates, found by device and name in one request. */
    private List<ActionOutcome> find(List<PushAction> actions, Function<ObjectRef, Optional<Long>> ids) {
        NetBoxQuery q = NetBoxQuery.NONE;
        for (PushAction a : actions) {
            q = q.and("device_id", Long.toString(id(a.after().get("device"), ids)));
        }
        Map<String, Long> found = new HashMap<>();
        try {
            for (JsonNode i : client.list(PATHS.get(NbType.INTERFACE), q)) {
                found.put(i.path("device").path("id").asLong() + "/" + i.path("name").asText(), i.get("id").asLong());
            }
        } catch (NetBoxException e) {
            return actions.stream().map(a -> ActionOutcome.failed(a.key(), e.getMessage())).toList();
        }
        return actions.stream().map(a -> {
            Long id = found.get(id(a.after().get("device"), ids) + "/" + a.after().get("name"));
            return id == null ? ActionOutcome.failed(a.key(), "NetBox did not create interface " + a.after().get("name")
                    + " from the device type's templates; check the device type in NetBox")
                    : ActionOutcome.ok(a.key(), Optional.of(id));
        }).toList();
    }

    private static long target(PushAction a, Function<ObjectRef, Optional<Long>> ids) {
        return id(a.target().orElseThrow(), ids);
    }

    private static long id(Object ref, Function<ObjectRef, Optional<Long>> ids) {
        return ids.apply((ObjectRef) ref).orElseThrow(() -> new IllegalStateException("no id for " + ref));
    }

    static ObjectNode body(Map<String, Object> fields, Function<ObjectRef, Optional<Long>> ids) {
        ObjectNode body = JSON.objectNode();
        fields.forEach((k, v) -> body.set(k, node(v, ids)));
        return body;
    }

    private static JsonNode node(Object value, Function<ObjectRef, Optional<Long>> ids) {
        return switch (value) {
            case null -> JSON.nullNode();
            case ObjectRef r -> JSON.numberNode(id(r, ids));
            case Map<?, ?> m -> {
                ObjectNode o = JSON.objectNode();
                m.forEach((k, v) -> o.set(k.toString(), node(v, ids)));
                yield o;
            }
            case Collection<?> c -> {
                ArrayNode a = JSON.arrayNode();
                c.forEach(v -> a.add(node(v, ids)));
                yield a;
            }
            case Integer i -> JSON.numberNode(i);
            case Long l -> JSON.numberNode(l);
            case Boolean b -> JSON.booleanNode(b);
            default -> JSON.textNode(value.toString());
        };
    }

    /**
     * Refused items by their position in {@code sent}: bulk creates name them by index ({@code [2].name}),
     * 4.7's bulk updates and deletes by id ({@code [id 41].primary_ip4}).
     */
    private static Map<Integer, List<String>> perItem(Map<String, List<String>> errors, List<PushAction> sent,
                                                      Function<ObjectRef, Optional<Long>> ids) {
        Map<Integer, List<String>> items = new HashMap<>();
        errors.forEach((k, v) -> {
            Matcher m = INDEXED.matcher(k);
            Matcher byId = BY_ID.matcher(k);
            List<Integer> at = new ArrayList<>();
            String field = "";
            if (m.matches()) {
                at.add(Integer.parseInt(m.group(1)));
                field = m.group(2);
            } else if (byId.matches() && sent.getFirst().verb() != ActionVerb.CREATE) {
                long id = Long.parseLong(byId.group(1));
                for (int i = 0; i < sent.size(); i++) {
                    if (target(sent.get(i), ids) == id) {
                        at.add(i);
                    }
                }
                field = byId.group(2);
            }
            String message = field(field) + String.join(" ", v);
            at.forEach(i -> items.computeIfAbsent(i, x -> new ArrayList<>()).add(message));
        });
        return items;
    }

    /** {@code name: Device name must be unique per site.}, one field after another. */
    static String describe(Map<String, List<String>> errors) {
        List<String> parts = new ArrayList<>();
        errors.forEach((k, v) -> parts.add(field(k) + String.join(" ", v)));
        return "NetBox refused it: " + String.join("; ", parts);
    }

    /** {@code address: }; nothing for errors NetBox files under no field ({@code __all__}, {@code detail}). */
    private static String field(String key) {
        return key.equals("__all__") || key.equals("non_field_errors") || key.equals("detail") ? "" : key + ": ";
    }
}
