package org.netboxauto.discovery.proxmox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** Proxmox's loose JSON types: numbers that may be strings, booleans that are 0/1. */
final class Json {

    private Json() {
    }

    /** The integer value, also from a numeric string; -1 when there is none. */
    static int integer(JsonNode node) {
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            return node.intValue();
        }
        if (node.isTextual() && node.asText().matches("[0-9]{1,9}")) {
            return Integer.parseInt(node.asText());
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? 1 : 0;
        }
        return -1;
    }

    static Optional<String> text(JsonNode object, String key) {
        JsonNode v = object.get(key);
        return v == null || v.isNull() || v.isContainerNode() || v.asText().isEmpty() ? Optional.empty()
                : Optional.of(v.asText());
    }
}
