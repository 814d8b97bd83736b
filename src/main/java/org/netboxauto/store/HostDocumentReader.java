package org.netboxauto.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@link HostDocument} token by token: a run reads every stored host, and the streaming
 * parser warms up several times faster than data binding (unknown fields are skipped).
 */
final class HostDocumentReader {

    private static final JsonFactory FACTORY = new JsonFactory();

    private HostDocumentReader() {
    }

    static HostDocument read(String json) throws IOException {
        try (JsonParser p = FACTORY.createParser(json)) {
            expect(p, p.nextToken(), JsonToken.START_OBJECT);
            String mac = null;
            List<String> macs = List.of();
            List<HostDocument.SourcedText> ips = List.of();
            HostDocument.SourcedText hostname = null;
            HostDocument.SourcedPort port = null;
            HostDocument.SourcedText vendor = null;
            List<String> sources = List.of();
            Instant firstSeen = null;
            Instant lastSeen = null;
            String lastSeenBy = null;
            List<String> flags = List.of();
            Map<String, Map<String, String>> evidence = Map.of();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "mac" -> mac = p.getValueAsString();
                    case "macs" -> macs = strings(p, value);
                    case "ips" -> ips = texts(p, value);
                    case "hostname" -> hostname = text(p, value);
                    case "port" -> port = port(p, value);
                    case "vendor" -> vendor = text(p, value);
                    case "sources" -> sources = strings(p, value);
                    case "firstSeen" -> firstSeen = instant(p);
                    case "lastSeen" -> lastSeen = instant(p);
                    case "lastSeenBy" -> lastSeenBy = p.getValueAsString();
                    case "flags" -> flags = strings(p, value);
                    case "evidence" -> evidence = evidence(p, value);
                    default -> p.skipChildren();
                }
            }
            return new HostDocument(mac, macs, ips, hostname, port, vendor, sources, firstSeen, lastSeen, lastSeenBy, flags,
                    evidence);
        }
    }

    private static List<String> strings(JsonParser p, JsonToken start) throws IOException {
        if (start == JsonToken.VALUE_NULL) {
            return List.of();
        }
        expect(p, start, JsonToken.START_ARRAY);
        List<String> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(p.getValueAsString());
        }
        return out;
    }

    private static List<HostDocument.SourcedText> texts(JsonParser p, JsonToken start) throws IOException {
        if (start == JsonToken.VALUE_NULL) {
            return List.of();
        }
        expect(p, start, JsonToken.START_ARRAY);
        List<HostDocument.SourcedText> out = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            out.add(text(p, t));
        }
        return out;
    }

    private static HostDocument.SourcedText text(JsonParser p, JsonToken start) throws IOException {
        if (start == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(p, start, JsonToken.START_OBJECT);
        String value = null;
        String source = null;
        Instant seenAt = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "value" -> value = p.getValueAsString();
                case "source" -> source = p.getValueAsString();
                case "seenAt" -> seenAt = instant(p);
                default -> p.skipChildren();
            }
        }
        return new HostDocument.SourcedText(value, source, seenAt);
    }

    private static HostDocument.SourcedPort port(JsonParser p, JsonToken start) throws IOException {
        if (start == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(p, start, JsonToken.START_OBJECT);
        String switchName = null;
        String port = null;
        Integer vlan = null;
        String source = null;
        Instant seenAt = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "switchName" -> switchName = p.getValueAsString();
                case "port" -> port = p.getValueAsString();
                case "vlan" -> vlan = value == JsonToken.VALUE_NULL ? null : p.getIntValue();
                case "source" -> source = p.getValueAsString();
                case "seenAt" -> seenAt = instant(p);
                default -> p.skipChildren();
            }
        }
        return new HostDocument.SourcedPort(switchName, port, vlan, source, seenAt);
    }

    private static Map<String, Map<String, String>> evidence(JsonParser p, JsonToken start) throws IOException {
        if (start == JsonToken.VALUE_NULL) {
            return Map.of();
        }
        expect(p, start, JsonToken.START_OBJECT);
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String source = p.currentName();
            expect(p, p.nextToken(), JsonToken.START_OBJECT);
            Map<String, String> fields = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                p.nextToken();
                fields.put(key, p.getValueAsString());
            }
            out.put(source, fields);
        }
        return out;
    }

    private static Instant instant(JsonParser p) throws IOException {
        String text = p.getValueAsString();
        return text == null ? null : IsoInstants.parse(text);
    }

    private static void expect(JsonParser p, JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + expected + " but found " + actual + " at " + p.currentLocation());
        }
    }
}
