package org.netboxauto.discovery.proxmox.peer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a reply's {@code data} against the {@code returns} schema Proxmox publishes for its path
 * (types, required and unknown fields, enums, patterns, and the keys of property strings like {@code net[n]}).
 */
public final class ApiSchema {

    /** Fields real servers send beyond the schema (PROXMOX.md §4.2, §4.5). */
    private static final Map<String, Set<String>> SEEN_BEYOND_SCHEMA = Map.of(
            "/nodes", Set.of("id", "type", "disk", "maxdisk"),
            "/nodes/{node}/lxc", Set.of("type"));

    private final JsonNode entries;

    private ApiSchema(JsonNode entries) {
        this.entries = entries;
    }

    public static ApiSchema load() {
        try (InputStream in = ApiSchema.class.getResourceAsStream("/proxmox/apidata-subset.json")) {
            return new ApiSchema(PeerFixture.JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema path ({@code /nodes/{node}/qemu}) a concrete path matches. */
    public Optional<String> templateOf(String method, String path) {
        for (JsonNode e : entries) {
            String regex = Pattern.quote(e.path("path").asText()).replaceAll("\\{[a-z]+}", "\\\\E[^/]+\\\\Q");
            if (e.path("method").asText().equals(method) && path.matches(regex)) {
                return Optional.of(e.path("path").asText());
            }
        }
        return Optional.empty();
    }

    /** Every place {@code data} departs from the schema of {@code template}; empty when it conforms. */
    public List<String> problems(String method, String template, JsonNode data) {
        for (JsonNode e : entries) {
            if (e.path("path").asText().equals(template) && e.path("method").asText().equals(method)) {
                List<String> out = new ArrayList<>();
                check(e.path("returns"), data, "data", template, out);
                return out;
            }
        }
        return List.of("no schema for " + method + " " + template);
    }

    private void check(JsonNode schema, JsonNode value, String where, String template, List<String> out) {
        String type = schema.path("type").asText("");
        switch (type) {
            case "object" -> object(schema, value, where, template, out);
            case "array" -> {
                if (!value.isArray()) {
                    out.add(where + " is not an array: " + value);
                    return;
                }
                for (int i = 0; i < value.size(); i++) {
                    check(schema.path("items"), value.get(i), where + "[" + i + "]", template, out);
                }
            }
            case "string" -> string(schema, value, where, out);
            case "integer" -> {
                if (!value.isIntegralNumber()) {
                    out.add(where + " is not an integer: " + value);
                }
            }
            case "number" -> {
                if (!value.isNumber()) {
                    out.add(where + " is not a number: " + value);
                }
            }
            // Proxmox declares booleans but sends 0/1 (PROXMOX.md §5).
            case "boolean" -> {
                if (!(value.isBoolean() || value.isIntegralNumber() && (value.intValue() == 0 || value.intValue() == 1))) {
                    out.add(where + " is not a 0/1 boolean: " + value);
                }
            }
            case "null" -> {
                if (!value.isNull()) {
                    out.add(where + " is not null: " + value);
                }
            }
            default -> {
            }
        }
    }

    private void object(JsonNode schema, JsonNode value, String where, String template, List<String> out) {
        if (!value.isObject()) {
            out.add(where + " is not an object: " + value);
            return;
        }
        JsonNode properties = schema.path("properties");
        properties.properties().forEach(p -> {
            if (!value.has(p.getKey()) && p.getValue().path("optional").asInt() != 1 && !p.getKey().contains("[n]")) {
                out.add(where + " lacks the required field " + p.getKey());
            }
        });
        if (properties.isEmpty()) {
            return;
        }
        value.properties().forEach(f -> {
            String key = f.getKey();
            JsonNode property = properties.has(key) ? properties.get(key)
                    : properties.path(key.replaceFirst("[0-9]+$", "[n]"));
            if (property.isMissingNode()) {
                if (!SEEN_BEYOND_SCHEMA.getOrDefault(template, Set.of()).contains(key)) {
                    out.add(where + "." + key + " is not in the schema");
                }
            } else {
                check(property, f.getValue(), where + "." + key, template, out);
            }
        });
    }

    private static void string(JsonNode schema, JsonNode value, String where, List<String> out) {
        if (!value.isTextual()) {
            out.add(where + " is not a string: " + value);
            return;
        }
        String text = value.asText();
        if (schema.has("enum") && !schema.path("enum").toString().contains("\"" + text + "\"")) {
            out.add(where + " \"" + text + "\" is not one of " + schema.path("enum"));
        }
        if (schema.has("pattern") && !text.matches(schema.path("pattern").asText())) {
            out.add(where + " \"" + text + "\" does not match " + schema.path("pattern").asText());
        }
        if (schema.path("format").isObject()) {
            propertyString(schema.path("format"), text, where, out);
        }
    }

    /** A property string ({@code virtio=MAC,bridge=vmbr0}): each key must be one its format declares. */
    private static void propertyString(JsonNode format, String text, String where, List<String> out) {
        boolean hasDefaultKey = false;
        for (JsonNode key : format) {
            hasDefaultKey |= key.path("default_key").asInt() == 1;
        }
        for (String item : text.split(",")) {
            int eq = item.indexOf('=');
            if (eq < 0) {
                if (!hasDefaultKey && !format.has(item)) {
                    out.add(where + " \"" + item + "\" has no key and the format has no default key");
                }
            } else if (!format.has(item.substring(0, eq))) {
                out.add(where + " key \"" + item.substring(0, eq) + "\" is not in the format " + format.properties()
                        .stream().map(Map.Entry::getKey).toList());
            }
        }
    }
}
