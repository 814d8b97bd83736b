package org.netboxauto.netbox.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** NetBox's own OpenAPI document (4.6.0), read once: operations, parameters and component schemas. */
public final class OpenApi {

    /** Beside the project checkout; {@code -Dnetboxauto.openapi=FILE} points elsewhere. */
    static final Path FILE = Path.of(System.getProperty("netboxauto.openapi", "../shared/netbox/openapi.json"));

    private static volatile OpenApi instance;

    private final JsonNode root;
    private final JsonNode schemas;

    private OpenApi(JsonNode root) {
        this.root = root;
        this.schemas = root.path("components").path("schemas");
    }

    public static OpenApi get() {
        OpenApi o = instance;
        if (o == null) {
            synchronized (OpenApi.class) {
                if (instance == null) {
                    instance = load();
                }
                o = instance;
            }
        }
        return o;
    }

    private static OpenApi load() {
        Path file = Files.exists(FILE) ? FILE : Path.of("/work/shared/netbox/openapi.json");
        try {
            return new OpenApi(new ObjectMapper().readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read NetBox's OpenAPI schema " + file.toAbsolutePath()
                    + "; set -Dnetboxauto.openapi=FILE", e);
        }
    }

    public String version() {
        return root.path("info").path("version").asText();
    }

    public JsonNode schema(String name) {
        JsonNode s = schemas.get(name);
        if (s == null) {
            throw new IllegalArgumentException("no schema " + name + " in NetBox's OpenAPI document");
        }
        return s;
    }

    public Optional<JsonNode> operation(String pathTemplate, String method) {
        JsonNode op = root.path("paths").path(pathTemplate).path(method.toLowerCase(java.util.Locale.ROOT));
        return op.isMissingNode() ? Optional.empty() : Optional.of(op);
    }

    /** The schema a {@code $ref} names, or the node itself. */
    public JsonNode deref(JsonNode node) {
        JsonNode ref = node.get("$ref");
        return ref == null ? node : schema(refName(ref.asText()));
    }

    static String refName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    /** The component a property refers to through {@code $ref}, {@code allOf} or {@code oneOf}, if any. */
    public Optional<String> referencedName(JsonNode property) {
        if (property.has("$ref")) {
            return Optional.of(refName(property.get("$ref").asText()));
        }
        for (String combinator : new String[] {"allOf", "oneOf"}) {
            for (JsonNode branch : property.path(combinator)) {
                Optional<String> name = referencedName(branch);
                if (name.isPresent()) {
                    return name;
                }
            }
        }
        return Optional.empty();
    }
}
