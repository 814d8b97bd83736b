package org.netboxauto.netbox.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The fake's tables. A row holds what was written, with related objects as ids; the full and brief
 * shapes are rendered from the OpenAPI schemas on every read, so a renamed site shows up renamed
 * in every device.
 */
final class FakeStore {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<FakeType, TreeMap<Long, ObjectNode>> tables = new HashMap<>();
    private final Map<FakeType, Long> nextIds = new HashMap<>();
    private final Map<String, List<String>> briefFields = new ConcurrentHashMap<>();
    private final String baseUrl;

    FakeStore(String baseUrl) {
        this.baseUrl = baseUrl;
        FakeType.ALL.forEach(t -> tables.put(t, new TreeMap<>()));
    }

    TreeMap<Long, ObjectNode> table(FakeType type) {
        return tables.get(type);
    }

    TreeMap<Long, ObjectNode> table(String contentType) {
        return tables.get(FakeType.BY_CONTENT_TYPE.get(contentType));
    }

    Optional<ObjectNode> row(String contentType, long id) {
        return Optional.ofNullable(table(contentType).get(id));
    }

    long insert(FakeType type, ObjectNode row) {
        long id = nextIds.merge(type, 1L, Long::sum);
        String now = Instant.now().truncatedTo(ChronoUnit.MICROS).toString();
        row.put("id", id);
        row.put("created", now);
        row.put("last_updated", now);
        table(type).put(id, row);
        return id;
    }

    void touch(ObjectNode row) {
        row.put("last_updated", Instant.now().truncatedTo(ChronoUnit.MICROS).toString());
    }

    /** A copy of every table, to roll a bulk write back. */
    Map<FakeType, TreeMap<Long, ObjectNode>> snapshot() {
        Map<FakeType, TreeMap<Long, ObjectNode>> copy = new HashMap<>();
        tables.forEach((t, rows) -> {
            TreeMap<Long, ObjectNode> c = new TreeMap<>();
            rows.forEach((id, row) -> c.put(id, row.deepCopy()));
            copy.put(t, c);
        });
        return copy;
    }

    void restore(Map<FakeType, TreeMap<Long, ObjectNode>> copy) {
        tables.clear();
        tables.putAll(copy);
    }

    String url(FakeType type, long id) {
        return baseUrl + type.path() + id + "/";
    }

    // ---- rendering ---------------------------------------------------------------------------

    ObjectNode render(FakeType type, ObjectNode row) {
        JsonNode schema = OpenApi.get().schema(type.responseSchema());
        ObjectNode out = NODES.objectNode();
        schema.path("properties").properties().forEach(e -> {
            String name = e.getKey();
            switch (name) {
                case "id" -> out.put("id", row.get("id").asLong());
                case "url" -> out.put("url", url(type, row.get("id").asLong()));
                case "display_url" -> out.put("display_url", url(type, row.get("id").asLong()).replace("/api/", "/"));
                case "display" -> out.put("display", display(type, row));
                default -> {
                    if (row.has(name)) {
                        out.set(name, value(e.getValue(), row.get(name)));
                    } else {
                        fallback(e.getValue(), schema, name).ifPresent(v -> out.set(name, v));
                    }
                }
            }
        });
        return out;
    }

    ObjectNode brief(FakeType type, long id) {
        return brief(type, id, type.refNames().isEmpty() ? null : type.refNames().getFirst());
    }

    /** @param shape the schema the object is nested as ({@code BriefInterface}, {@code NestedInterface}) */
    ObjectNode brief(FakeType type, long id, String shape) {
        ObjectNode row = table(type).get(id);
        if (row == null) {
            return null;
        }
        JsonNode schema = shape == null ? NODES.objectNode() : OpenApi.get().schema(shape);
        ObjectNode out = NODES.objectNode();
        for (String f : briefFields.computeIfAbsent(type.contentType() + " " + shape, k -> type.briefFields(shape))) {
            switch (f) {
                case "id" -> out.put("id", id);
                case "url" -> out.put("url", url(type, id));
                case "display_url" -> out.put("display_url", url(type, id).replace("/api/", "/"));
                case "display" -> out.put("display", display(type, row));
                case "family" -> {
                    int family = FakeRules.family(row.has("address") ? row.get("address").asText()
                            : row.get("prefix").asText());
                    out.putObject("family").put("value", family).put("label", "IPv" + family);
                }
                default -> {
                    JsonNode prop = schema.path("properties").path(f);
                    if (row.has(f)) {
                        out.set(f, value(prop, row.get(f)));
                    } else {
                        fallback(prop, schema, f).ifPresent(v -> out.set(f, v));
                    }
                }
            }
        }
        return out;
    }

    /** A {@code Nested…} reference is rendered with its own fields; any other as the type's brief shape. */
    private static String shape(FakeType type, String refName) {
        return refName.startsWith("Nested") && type.refNames().contains(refName) ? refName
                : type.refNames().isEmpty() ? null : type.refNames().getFirst();
    }

    String display(FakeType type, ObjectNode row) {
        JsonNode v = row.get(type.display());
        if (v == null || v.isNull() || v.asText().isEmpty()) {
            return type.contentType().equals("dcim.cable") ? "#" + row.get("id").asLong()
                    : type.verboseName() + " " + row.get("id").asLong();
        }
        return v.asText();
    }

    private JsonNode value(JsonNode prop, JsonNode stored) {
        if (stored == null || stored.isNull()) {
            return NODES.nullNode();
        }
        Optional<String> refName = OpenApi.get().referencedName(prop);
        Optional<FakeType> target = refName.flatMap(FakeType::byRef);
        if (target.isPresent() && stored.isIntegralNumber()) {
            ObjectNode brief = brief(target.get(), stored.asLong(), shape(target.get(), refName.get()));
            return brief == null ? NODES.nullNode() : brief;
        }
        JsonNode resolved = OpenApi.get().deref(prop);
        if ("array".equals(resolved.path("type").asText()) && stored.isArray()) {
            Optional<FakeType> item = OpenApi.get().referencedName(resolved.path("items")).flatMap(FakeType::byRef);
            if (item.isPresent()) {
                ArrayNode out = NODES.arrayNode();
                stored.forEach(id -> out.add(id.isIntegralNumber() ? brief(item.get(), id.asLong()) : id));
                return out;
            }
        }
        JsonNode choice = resolved.path("properties").path("value");
        if (!choice.isMissingNode() && resolved.path("properties").has("label") && !stored.isObject()) {
            ObjectNode out = NODES.objectNode();
            out.set("value", stored);
            out.put("label", label(choice.path("description").asText(), stored.asText()));
            return out;
        }
        return stored;
    }

    /** Choice labels come from the schema's {@code * `value` - Label} descriptions. */
    static String label(String description, String value) {
        for (String line : description.split("\n")) {
            String prefix = "* `" + value + "` - ";
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length());
            }
        }
        return value;
    }

    private static Optional<JsonNode> fallback(JsonNode prop, JsonNode owner, String name) {
        JsonNode s = OpenApi.get().deref(prop);
        if (prop.path("nullable").asBoolean(false) || s.path("nullable").asBoolean(false) || s.isEmpty()) {
            return Optional.of(NODES.nullNode());
        }
        if (s.path("properties").has("value") && s.path("properties").has("label")) {
            return Optional.empty();
        }
        JsonNode value = switch (s.path("type").asText("")) {
            case "array" -> NODES.arrayNode();
            case "boolean" -> NODES.booleanNode(false);
            case "integer", "number" -> NODES.numberNode(0);
            case "string" -> NODES.textNode("");
            case "object" -> NODES.objectNode();
            default -> NODES.nullNode();
        };
        return Optional.of(value);
    }

    // ---- writing -----------------------------------------------------------------------------

    /** Resolves related objects (id, {id} or any attribute subset) to ids; unknown fields are dropped as the server does. */
    ObjectNode normalize(FakeType type, JsonNode body, JsonNode requestSchema) {
        ObjectNode out = NODES.objectNode();
        JsonNode props = OpenApi.get().deref(requestSchema).path("properties");
        body.properties().forEach(e -> {
            JsonNode prop = props.get(e.getKey());
            if (prop == null || e.getKey().equals("custom_fields")) {
                return;
            }
            JsonNode v = e.getValue();
            Optional<FakeType> target = OpenApi.get().referencedName(prop).flatMap(FakeType::byRef);
            JsonNode resolved = OpenApi.get().deref(prop);
            if (v.isNull()) {
                out.putNull(e.getKey());
            } else if (target.isPresent()) {
                out.put(e.getKey(), resolve(target.get(), e.getKey(), v));
            } else if ("array".equals(resolved.path("type").asText())
                    && OpenApi.get().referencedName(resolved.path("items")).flatMap(FakeType::byRef).isPresent()) {
                FakeType item = OpenApi.get().referencedName(resolved.path("items")).flatMap(FakeType::byRef)
                        .orElseThrow();
                ArrayNode ids = out.putArray(e.getKey());
                v.forEach(x -> ids.add(resolve(item, e.getKey(), x)));
            } else {
                out.set(e.getKey(), v);
            }
        });
        return out;
    }

    long resolve(FakeType target, String field, JsonNode ref) {
        if (ref.isIntegralNumber() || ref.isTextual() && ref.asText().matches("\\d+")) {
            long id = ref.asLong();
            if (!table(target).containsKey(id)) {
                throw FakeRejection.field(field, "Related object not found using the provided numeric ID: " + id);
            }
            return id;
        }
        List<Long> matches = new ArrayList<>();
        for (ObjectNode row : table(target).values()) {
            boolean all = true;
            for (var attr : ref.properties()) {
                JsonNode stored = row.get(attr.getKey());
                JsonNode want = attr.getValue().isObject() && attr.getValue().has("id") ? attr.getValue().get("id")
                        : attr.getValue();
                if (stored == null || !stored.asText().equals(want.asText())) {
                    all = false;
                    break;
                }
            }
            if (all) {
                matches.add(row.get("id").asLong());
            }
        }
        if (matches.size() == 1) {
            return matches.getFirst();
        }
        throw FakeRejection.field(field, matches.isEmpty()
                ? "Related object not found using the provided attributes: " + pythonDict(ref)
                : "Multiple objects match the provided attributes: " + pythonDict(ref));
    }

    static String pythonDict(JsonNode ref) {
        return ref.propertyStream().map(e -> "'" + e.getKey() + "': " + (e.getValue().isTextual()
                ? "'" + e.getValue().asText() + "'" : e.getValue().toString()))
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
