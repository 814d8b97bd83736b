package org.netboxauto.netbox.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The fake's request handling, free of HTTP: routes, pages, writes (single and bulk, all or none). */
final class FakeApi {

    static final int MAX_PAGE_SIZE = 1000;
    static final int DEFAULT_PAGE_SIZE = 50;
    private static final Pattern DETAIL = Pattern.compile("^(/api/[a-z-]+/[a-z-]+/)(\\d+)/$");

    /** What the fake answers; {@code body} null for 204. */
    record Answer(int status, JsonNode body, String schemaPath, String method) {
    }

    private final FakeStore store;
    private final FakeRules rules;
    private final FakeDecorations views;
    private final FakeFilters filters;
    private final FakeOrdering ordering;
    private final NetBoxMode mode;
    private String reportedVersion;

    FakeApi(FakeStore store, NetBoxMode mode) {
        this.store = store;
        this.mode = mode;
        this.rules = new FakeRules(store, mode);
        this.views = new FakeDecorations(store, mode);
        this.filters = new FakeFilters(store);
        this.ordering = new FakeOrdering(store);
        this.reportedVersion = mode.version;
    }

    void reportVersion(String version) {
        this.reportedVersion = version;
    }

    synchronized Answer handle(String method, String path, Map<String, List<String>> params, JsonNode body,
                               String pageBase) {
        views.forget();
        if (path.equals("/api/status/") && method.equals("GET")) {
            return new Answer(200, status(), "/api/status/", "get");
        }
        FakeType list = FakeType.BY_PATH.get(path);
        Matcher detail = DETAIL.matcher(path);
        FakeType type = list != null ? list : detail.matches() ? FakeType.BY_PATH.get(detail.group(1)) : null;
        if (type == null || type.contentType().equals("dcim.macaddress") && !mode.macObjects()) {
            throw FakeRejection.detail(404, "Not found.");
        }
        if (list != null) {
            return switch (method) {
                case "GET" -> list(type, params, pageBase);
                case "POST" -> new Answer(201, body.isArray() ? bulkCreate(type, (ArrayNode) body)
                        : create(type, body), type.path(), "post");
                case "PATCH", "PUT" -> new Answer(200, bulkUpdate(type, body, method.equals("PUT")), type.path(),
                        method.toLowerCase(java.util.Locale.ROOT));
                case "DELETE" -> bulkDelete(type, body);
                default -> throw FakeRejection.detail(405, "Method \"" + method + "\" not allowed.");
            };
        }
        long id = Long.parseLong(detail.group(2));
        ObjectNode row = store.table(type).get(id);
        if (row == null) {
            throw FakeRejection.detail(404, "No " + type.verboseName() + " matches the given query.");
        }
        return switch (method) {
            case "GET" -> new Answer(200, views.render(type, row), type.path() + "{id}/", "get");
            case "PATCH", "PUT" -> new Answer(200, update(type, id, body, method.equals("PUT")),
                    type.path() + "{id}/", method.toLowerCase(java.util.Locale.ROOT));
            case "DELETE" -> {
                delete(type, id);
                yield new Answer(204, null, type.path() + "{id}/", "delete");
            }
            default -> throw FakeRejection.detail(405, "Method \"" + method + "\" not allowed.");
        };
    }

    private JsonNode status() {
        ObjectNode s = FakeStore.NODES.objectNode();
        s.put("django-version", "5.2.8");
        s.putObject("installed_apps");
        s.put("netbox-version", reportedVersion);
        if (mode.fullVersion != null && reportedVersion.equals(mode.version)) {
            s.put("netbox-full-version", mode.fullVersion);
        }
        if (mode.statusHostname()) {
            s.put("hostname", "netbox-fake");
        }
        s.putObject("plugins");
        s.put("python-version", "3.12.3");
        s.put("rq-workers-running", 1);
        return s;
    }

    private Answer list(FakeType type, Map<String, List<String>> params, String pageBase) {
        JsonNode operation = OpenApi.get().operation(type.path(), "get").orElseThrow();
        if (params.containsKey("start") && params.containsKey("offset")) {
            throw FakeRejection.detail(400, "Cannot specify both start and offset.");
        }
        Predicate<ObjectNode> match = filters.predicate(type, operation, params);
        int limit = intParam(params, "limit", DEFAULT_PAGE_SIZE);
        if (limit <= 0 || limit > MAX_PAGE_SIZE) {
            limit = MAX_PAGE_SIZE;
        }
        int offset = Math.max(0, intParam(params, "offset", 0));
        List<ObjectNode> rows = store.table(type).values().stream().filter(match).toList();
        List<ObjectNode> page = rows.subList(Math.min(offset, rows.size()), Math.min(offset + limit, rows.size()));
        boolean brief = params.containsKey("brief") && !params.get("brief").getFirst().isEmpty();
        ObjectNode out = FakeStore.NODES.objectNode();
        out.put("count", rows.size());
        out.put("next", offset + limit < rows.size() ? pageLink(pageBase, params, offset + limit, limit) : null);
        out.put("previous", offset > 0 ? pageLink(pageBase, params, Math.max(0, offset - limit), limit) : null);
        ArrayNode results = out.putArray("results");
        page.forEach(r -> results.add(brief ? store.brief(type, r.get("id").asLong()) : views.render(type, r)));
        return new Answer(200, out, brief ? null : type.path(), "get");
    }

    private static String pageLink(String base, Map<String, List<String>> params, int offset, int limit) {
        String others = params.entrySet().stream()
                .filter(e -> !e.getKey().equals("offset") && !e.getKey().equals("limit"))
                .flatMap(e -> e.getValue().stream().map(v -> e.getKey() + "=" + java.net.URLEncoder.encode(v,
                        java.nio.charset.StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
        return base + "?" + (others.isEmpty() ? "" : others + "&") + "limit=" + limit + "&offset=" + offset;
    }

    private static int intParam(Map<String, List<String>> params, String name, int fallback) {
        List<String> v = params.get(name);
        if (v == null || v.isEmpty()) {
            return fallback;
        }
        if (!v.getFirst().matches("-?\\d+")) {
            throw FakeRejection.field(name, "A valid integer is required.");
        }
        return Integer.parseInt(v.getFirst());
    }

    ObjectNode create(FakeType type, JsonNode body) {
        views.forget();
        body = siteAsScope(type, body);
        JsonNode schema = OpenApi.get().schema(type.createSchema());
        Map<String, List<String>> errors = SchemaCheck.request(body, schema);
        if (!errors.isEmpty()) {
            throw FakeRejection.fields(errors);
        }
        checkCustomFields(type, body);
        ObjectNode row = store.normalize(type, body, schema);
        Optional<String> shortcutMac = macShortcut(type, body);
        if (body.has("custom_fields")) {
            row.set("custom_fields", body.get("custom_fields"));
        }
        rules.beforeSave(type, row, null);
        store.insert(type, row);
        rules.afterCreate(type, row);
        shortcutMac.ifPresent(mac -> setPrimaryMac(type, row, mac));
        return views.render(type, row);
    }

    /** 4.1 stores {@code mac_address} on the interface; 4.7 turns it into a primary MAC object; 4.2–4.6 drop it. */
    private Optional<String> macShortcut(FakeType type, JsonNode body) {
        if (!type.contentType().endsWith("interface") || !body.hasNonNull("mac_address")) {
            return Optional.empty();
        }
        return mode.dropsInterfaceMac() ? Optional.empty() : Optional.of(body.get("mac_address").asText());
    }

    private void setPrimaryMac(FakeType type, ObjectNode row, String text) {
        String mac = FakeRules.parseAnyMac(text).map(m -> m.toString().toUpperCase(java.util.Locale.ROOT))
                .orElseThrow(() -> FakeRejection.field("mac_address", "Enter a valid MAC address."));
        if (!mode.macObjects()) {
            row.put("mac_address", mac);
            return;
        }
        long id = row.get("id").asLong();
        ObjectNode macRow = store.table("dcim.macaddress").values().stream()
                .filter(m -> mac.equals(m.path("mac_address").asText()) && FakeRules.isAssignedTo(m,
                        type.contentType(), id)).findFirst().orElseGet(() -> {
                            ObjectNode m = FakeStore.NODES.objectNode();
                            m.put("mac_address", mac);
                            m.put("assigned_object_type", type.contentType());
                            m.put("assigned_object_id", id);
                            store.insert(FakeType.BY_CONTENT_TYPE.get("dcim.macaddress"), m);
                            return m;
                        });
        row.put("primary_mac_address", macRow.get("id").asLong());
    }

    private void checkCustomFields(FakeType type, JsonNode body) {
        body.path("custom_fields").propertyStream().forEach(e -> {
            boolean defined = store.table("extras.customfield").values().stream()
                    .anyMatch(cf -> cf.path("name").asText().equals(e.getKey()) && cf.path("object_types")
                            .toString().contains("\"" + type.contentType() + "\""));
            if (!defined) {
                throw FakeRejection.field("custom_fields", "Custom field '" + e.getKey()
                        + "' does not exist for this object type.");
            }
        });
    }

    /**
     * Before 4.2 a prefix or cluster is written with {@code site}, and {@code scope_type}/{@code scope_id}
     * are unknown fields (dropped); the fake keeps the site as a scope either way.
     */
    private JsonNode siteAsScope(FakeType type, JsonNode body) {
        boolean scoped = type.contentType().equals("ipam.prefix") || type.contentType().equals("virtualization.cluster");
        if (!scoped || mode.scopes() || !body.isObject()) {
            return body;
        }
        ObjectNode copy = ((ObjectNode) body).deepCopy();
        copy.remove(List.of("scope_type", "scope_id"));
        JsonNode site = copy.remove("site");
        if (site != null && !site.isNull()) {
            copy.put("scope_type", "dcim.site");
            copy.put("scope_id", store.resolve(FakeType.BY_CONTENT_TYPE.get("dcim.site"), "site", site));
        }
        return copy;
    }

    private ObjectNode update(FakeType type, long id, JsonNode body, boolean put) {
        body = siteAsScope(type, body);
        JsonNode schema = OpenApi.get().schema(put ? type.createSchema() : type.patchSchema());
        Map<String, List<String>> errors = SchemaCheck.request(body, schema);
        if (!errors.isEmpty()) {
            throw FakeRejection.fields(errors);
        }
        checkCustomFields(type, body);
        ObjectNode old = store.table(type).get(id);
        ObjectNode merged = old.deepCopy();
        merged.setAll(store.normalize(type, body, schema));
        if (body.has("custom_fields")) {
            ObjectNode cf = merged.has("custom_fields") ? (ObjectNode) merged.get("custom_fields")
                    : merged.putObject("custom_fields");
            cf.setAll((ObjectNode) body.get("custom_fields"));
        }
        rules.beforeSave(type, merged, old);
        store.table(type).put(id, merged);
        store.touch(merged);
        macShortcut(type, body).ifPresent(mac -> setPrimaryMac(type, merged, mac));
        return views.render(type, merged);
    }

    private void delete(FakeType type, long id) {
        rules.onDelete(type, store.table(type).get(id));
        store.table(type).remove(id);
    }

    private ArrayNode bulkCreate(FakeType type, ArrayNode items) {
        try {
            return allOrNone(items, item -> create(type, item));
        } catch (FakeRejection r) {
            if (!mode.indexedBulkErrors() || r.status != 400 || !r.body.isArray()) {
                throw r;
            }
            // 4.7 reports the refused items by index instead of a list parallel to the input
            ObjectNode body = FakeStore.NODES.objectNode();
            var errors = body.putArray("errors");
            int failed = 0;
            for (int i = 0; i < r.body.size(); i++) {
                if (!r.body.get(i).isEmpty()) {
                    errors.addObject().put("index", i).set("errors", r.body.get(i));
                    failed++;
                }
            }
            body.put("detail", failed + " of " + items.size() + " objects failed validation.");
            throw new FakeRejection(400, body);
        }
    }

    /**
     * NetBox's BulkUpdateModelMixin: the objects found are updated in the model's ordering and answered
     * in that ordering (ids it did not find left out, ≤ 4.6), all or none. ≤ 4.6 stops at the first
     * refused object and answers its errors alone; 4.7 refuses unknown or repeated ids up front and
     * names every refused object by id.
     */
    private ArrayNode bulkUpdate(FakeType type, JsonNode items, boolean put) {
        Map<Long, JsonNode> byId = new java.util.LinkedHashMap<>();
        List<Long> ids = new ArrayList<>();
        for (JsonNode item : items) {
            long id = item.path("id").asLong(-1);
            ids.add(id);
            byId.put(id, item);
        }
        if (mode.indexedBulkErrors()) {
            refuseUnknownOrRepeated(type, ids, "updated");
        }
        List<ObjectNode> found = store.table(type).values().stream().filter(r -> byId.containsKey(r.get("id")
                .asLong())).sorted(ordering.of(type)).toList();
        var before = store.snapshot();
        ArrayNode errors = FakeStore.NODES.arrayNode();
        List<Long> updated = new ArrayList<>();
        for (ObjectNode row : found) {
            long id = row.get("id").asLong();
            ObjectNode changes = byId.get(id).deepCopy();
            changes.remove("id");
            try {
                update(type, id, changes, put);
                updated.add(id);
            } catch (FakeRejection r) {
                if (r.status != 400 || !mode.indexedBulkErrors()) {
                    store.restore(before);
                    throw r;
                }
                errors.addObject().put("id", id).set("errors", r.body);
            }
        }
        if (!errors.isEmpty()) {
            store.restore(before);
            ObjectNode body = FakeStore.NODES.objectNode();
            body.put("detail", errors.size() + " of " + (errors.size() + updated.size())
                    + " objects could not be updated.");
            body.set("errors", errors);
            throw new FakeRejection(400, body);
        }
        ArrayNode out = FakeStore.NODES.arrayNode();
        store.table(type).values().stream().filter(r -> updated.contains(r.get("id").asLong()))
                .sorted(ordering.of(type)).forEach(r -> out.add(views.render(type, r)));
        return out;
    }

    private Answer bulkDelete(FakeType type, JsonNode items) {
        List<Long> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path("id").asLong(-1)));
        if (mode.indexedBulkErrors()) {
            refuseUnknownOrRepeated(type, ids, "deleted");
        }
        for (long id : ids) {
            if (store.table(type).containsKey(id)) {
                delete(type, id);
            }
        }
        return new Answer(204, null, type.path(), "delete");
    }

    /** 4.7 names every id listed twice, then every id it cannot find, before touching anything. */
    private void refuseUnknownOrRepeated(FakeType type, List<Long> ids, String verb) {
        ArrayNode errors = FakeStore.NODES.arrayNode();
        new java.util.LinkedHashSet<>(ids).stream().filter(id -> java.util.Collections.frequency(ids, id) > 1)
                .forEach(id -> errors.addObject().put("id", id).putObject("errors").putArray("id")
                        .add("Each object may be specified only once; ID " + id + " is listed "
                                + java.util.Collections.frequency(ids, id) + " times"));
        String detail = " objects are listed more than once.";
        if (errors.isEmpty()) {
            new java.util.LinkedHashSet<>(ids).stream().filter(id -> !store.table(type).containsKey(id))
                    .forEach(id -> errors.addObject().put("id", id).putObject("errors").putArray("id")
                            .add("Object with ID " + id + " does not exist"));
            detail = " objects could not be found.";
        }
        if (!errors.isEmpty()) {
            ObjectNode body = FakeStore.NODES.objectNode();
            body.put("detail", errors.size() + " of " + ids.size() + detail);
            body.set("errors", errors);
            throw new FakeRejection(400, body);
        }
    }

    private ArrayNode allOrNone(JsonNode items, java.util.function.Function<JsonNode, ObjectNode> each) {
        var before = store.snapshot();
        ArrayNode out = FakeStore.NODES.arrayNode();
        ArrayNode errors = FakeStore.NODES.arrayNode();
        boolean failed = false;
        for (JsonNode item : items) {
            try {
                ObjectNode result = each.apply(item);
                if (result != null) {
                    out.add(result);
                }
                errors.addObject();
            } catch (FakeRejection r) {
                if (r.status != 400) {
                    store.restore(before);
                    throw r;
                }
                failed = true;
                errors.add(r.body);
            }
        }
        if (failed) {
            store.restore(before);
            throw new FakeRejection(400, errors);
        }
        return out;
    }

    /** Stores a row as given, skipping validation and rules: for bulk test data only. */
    long load(FakeType type, ObjectNode row) {
        return store.insert(type, row);
    }

    /** Gives a view of one row for the fake's own checks, as NetBox would return it. */
    ObjectNode view(FakeType type, long id) {
        return views.render(type, store.table(type).get(id));
    }

    List<ObjectNode> rows(String contentType) {
        return new ArrayList<>(store.table(contentType).values());
    }
}
