package org.netboxauto.netbox.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a JSON value against a schema of NetBox's OpenAPI document, with NetBox's own wording for
 * request errors. Requests follow the server where it is laxer than the schema (API-NOTES §8):
 * unknown and read-only fields are ignored, a related object may be named by any attribute subset.
 * Responses are checked strictly: no field the schema lacks, every required one present, except
 * the {@code *_count} fields of nested objects, which the server never sends.
 */
public final class SchemaCheck {

    /** Which side of the conversation a value is from. */
    public enum Side { REQUEST, RESPONSE }

    private final OpenApi api;
    private final Side side;
    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    private SchemaCheck(OpenApi api, Side side) {
        this.api = api;
        this.side = side;
    }

    /** NetBox's 400 body for {@code value}, empty when it is valid. */
    public static Map<String, List<String>> request(JsonNode value, JsonNode schema) {
        SchemaCheck check = new SchemaCheck(OpenApi.get(), Side.REQUEST);
        check.top(value, schema);
        return check.errors;
    }

    /** Every way {@code value} strays from the schema, empty when it is valid. */
    public static Map<String, List<String>> response(JsonNode value, JsonNode schema) {
        SchemaCheck check = new SchemaCheck(OpenApi.get(), Side.RESPONSE);
        check.top(value, schema);
        return check.errors;
    }

    private void top(JsonNode value, JsonNode schema) {
        JsonNode s = api.deref(schema);
        if (side == Side.REQUEST && value.isObject() && isObjectSchema(s)) {
            object(value, s, "", false);
        } else {
            check(value, schema, side == Side.REQUEST ? "non_field_errors" : "$", false);
        }
    }

    private static boolean isObjectSchema(JsonNode s) {
        return s.has("properties") || "object".equals(s.path("type").asText());
    }

    private void add(String field, String message) {
        errors.computeIfAbsent(field, k -> new ArrayList<>()).add(message);
    }

    private void check(JsonNode value, JsonNode schema, String field, boolean nested) {
        boolean nullable = schema.path("nullable").asBoolean(false);
        String ref = schema.has("$ref") ? OpenApi.refName(schema.get("$ref").asText()) : null;
        JsonNode s = api.deref(schema);
        nullable |= s.path("nullable").asBoolean(false);
        if (value == null || value.isNull()) {
            if (!nullable && !s.isEmpty() && !(s.has("enum") && containsNull(s.get("enum")))) {
                add(field, "This field may not be null.");
            }
            return;
        }
        if (s.has("allOf")) {
            for (JsonNode part : s.get("allOf")) {
                check(value, part, field, nested);
            }
            return;
        }
        if (s.has("oneOf")) {
            oneOf(value, s.get("oneOf"), field, nested);
            return;
        }
        if (s.has("enum") && !enumContains(s.get("enum"), value)) {
            add(field, "\"" + value.asText() + "\" is not a valid choice.");
            return;
        }
        switch (s.path("type").asText("")) {
            case "integer" -> {
                if (!(value.isIntegralNumber() || side == Side.REQUEST && value.isTextual()
                        && value.asText().matches("-?\\d+"))) {
                    add(field, "A valid integer is required.");
                } else {
                    range(value.asDouble(), s, field);
                }
            }
            case "number" -> {
                if (!value.isNumber()) {
                    add(field, "A valid number is required.");
                } else {
                    range(value.asDouble(), s, field);
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    add(field, "Must be a valid boolean.");
                }
            }
            case "string" -> string(value, s, field);
            case "array" -> {
                if (!value.isArray()) {
                    add(field, "Expected a list of items but got type \"" + jsonType(value) + "\".");
                } else {
                    JsonNode items = briefVlans(field) ? api.schema("BriefVLAN") : s.path("items");
                    for (int i = 0; i < value.size(); i++) {
                        check(value.get(i), items, nested || side == Side.RESPONSE ? field + "[" + i + "]"
                                : field, true);
                    }
                }
            }
            default -> {
                if (isObjectSchema(s)) {
                    if (!value.isObject()) {
                        add(field, "Expected a dictionary of items but got type \"" + jsonType(value) + "\".");
                    } else {
                        object(value, s, field + ".", relaxed(ref) || nested);
                    }
                }
            }
        }
    }

    /**
     * An interface's {@code tagged_vlans} are rendered by a VLAN serializer with {@code nested=True}: the brief
     * VLAN, though the schema names the full one.
     */
    private boolean briefVlans(String field) {
        return side == Side.RESPONSE && (field.equals("tagged_vlans") || field.endsWith(".tagged_vlans"));
    }

    /** The server finds a related object by any attribute subset: the Brief and Nested request schemas' {@code required} do not apply. */
    private boolean relaxed(String ref) {
        return ref != null && side == Side.REQUEST && (ref.startsWith("Brief") || ref.startsWith("Nested"));
    }

    private void object(JsonNode value, JsonNode s, String prefix, boolean nestedOrRelaxed) {
        JsonNode props = s.path("properties");
        String p = prefix.equals(".") ? "" : prefix;
        if (side == Side.REQUEST) {
            if (!nestedOrRelaxed || prefix.isEmpty()) {
                for (JsonNode req : s.path("required")) {
                    if (!value.has(req.asText()) && !nestedOrRelaxed) {
                        add(p + req.asText(), "This field is required.");
                    }
                }
            }
            value.properties().forEach(e -> {
                JsonNode prop = props.get(e.getKey());
                if (prop != null && !prop.path("readOnly").asBoolean(false)) {
                    check(e.getValue(), prop, p.isEmpty() ? e.getKey() : p + e.getKey(), !p.isEmpty());
                }
            });
            return;
        }
        for (JsonNode req : s.path("required")) {
            String name = req.asText();
            boolean nestedCount = p.length() > 2 && name.endsWith("_count");
            if (!value.has(name) && !nestedCount) {
                add(p + name, "required by the schema but missing");
            }
        }
        boolean open = s.has("additionalProperties");
        value.properties().forEach(e -> {
            JsonNode prop = props.get(e.getKey());
            if (prop == null) {
                if (!open) {
                    add(p + e.getKey(), "not in the schema");
                }
            } else {
                check(e.getValue(), prop, p + e.getKey(), true);
            }
        });
    }

    private void oneOf(JsonNode value, JsonNode branches, String field, boolean nested) {
        for (JsonNode branch : branches) {
            SchemaCheck trial = new SchemaCheck(api, side);
            trial.check(value, branch, field, nested);
            if (trial.errors.isEmpty()) {
                return;
            }
        }
        if (side == Side.REQUEST && !value.isObject() && !value.isIntegralNumber()) {
            add(field, "Related objects must be referenced by numeric ID or by dictionary of attributes. Received an"
                    + " unrecognized value: " + value.asText());
        } else {
            SchemaCheck last = new SchemaCheck(api, side);
            last.check(value, branches.get(branches.size() - 1), field, nested);
            last.errors.forEach((k, v) -> v.forEach(m -> add(k, m)));
        }
    }

    private void string(JsonNode value, JsonNode s, String field) {
        if (!value.isTextual()) {
            add(field, "Not a valid string.");
            return;
        }
        String text = value.asText();
        if (s.has("minLength") && text.length() < s.get("minLength").asInt()) {
            add(field, "This field may not be blank.");
        }
        if (s.has("maxLength") && text.length() > s.get("maxLength").asInt()) {
            add(field, "Ensure this field has no more than " + s.get("maxLength").asInt() + " characters.");
        }
        if (s.has("pattern") && !text.isEmpty() && !java.util.regex.Pattern.compile(s.get("pattern").asText()).matcher(text).find()) {
            add(field, "Enter a valid value matching " + s.get("pattern").asText() + ".");
        }
        if (side == Side.RESPONSE && "date-time".equals(s.path("format").asText())) {
            try {
                OffsetDateTime.parse(text);
            } catch (DateTimeParseException e) {
                add(field, "not an ISO date-time: " + text);
            }
        }
    }

    private void range(double v, JsonNode s, String field) {
        if (s.has("minimum") && v < s.get("minimum").asDouble()) {
            add(field, "Ensure this value is greater than or equal to " + s.get("minimum").asText() + ".");
        }
        if (s.has("maximum") && (v > s.get("maximum").asDouble()
                || s.path("exclusiveMaximum").asBoolean(false) && v >= s.get("maximum").asDouble())) {
            add(field, "Ensure this value is less than or equal to " + s.get("maximum").asText() + ".");
        }
    }

    private static boolean containsNull(JsonNode values) {
        for (JsonNode v : values) {
            if (v.isNull()) {
                return true;
            }
        }
        return false;
    }

    private static boolean enumContains(JsonNode values, JsonNode value) {
        for (JsonNode v : values) {
            if (!v.isNull() && (v.equals(value) || v.isNumber() && value.isNumber() && v.asLong() == value.asLong())) {
                return true;
            }
        }
        return false;
    }

    private static String jsonType(JsonNode v) {
        return v.isTextual() ? "str" : v.isNumber() ? "int" : v.isBoolean() ? "bool" : v.isArray() ? "list"
                : v.isObject() ? "dict" : "null";
    }
}
