package org.netboxauto.netbox;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Reads one list page straight from the socket, row by row: each row is shaped (trimmed to the fields the
 * readers use) as it arrives, so no tree of the whole page is ever built.
 */
final class PageReader {

    // the caller owns the stream: closing it would make HttpClient read the rest of an endless body
    static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build())
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build());

    /** One page: its rows, {@code next} (null on the last page) and {@code count} (-1 when NetBox sent none). */
    record Page(List<JsonNode> rows, String next, long count) {
    }

    private PageReader() {
    }

    static Page read(InputStream in, UnaryOperator<JsonNode> shape) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        String next = null;
        long count = -1;
        try (JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new JsonParseException(p, "a list answer is a JSON object with results; this is not");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "results" -> {
                        if (value != JsonToken.START_ARRAY) {
                            throw new JsonParseException(p, "results is not a list");
                        }
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            JsonNode row = p.readValueAsTree();
                            rows.add(shape.apply(row));
                        }
                    }
                    case "next" -> next = value == JsonToken.VALUE_STRING ? p.getText() : null;
                    case "count" -> count = value == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : -1;
                    default -> p.skipChildren();
                }
            }
        }
        return new Page(rows, next == null || next.isEmpty() ? null : next, count);
    }
}
