package org.netboxauto.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;

/**
 * One observation as one line of a stored part (ADR 0040): a JSON object starting with its MAC, so a reader
 * looking for one MAC parses only its lines. JSON escapes line breaks inside strings, so lines never break.
 */
final class ObservationLine {

    /** What every line starts with, its MAC following. */
    private static final String MAC_FIELD = "{\"mac\":\"";
    /** A MAC as text: six pairs of hex digits and five colons. */
    private static final int MAC_CHARS = 17;

    private ObservationLine() {
    }

    /** The text a line about this MAC starts with. */
    static String prefix(String mac) {
        return MAC_FIELD + mac + "\"";
    }

    /** The MAC a line is about, read without parsing the line. */
    static String macOf(String line) {
        return line.substring(MAC_FIELD.length(), MAC_FIELD.length() + MAC_CHARS);
    }

    /** The observations as lines, each ended by a line break. */
    static String lines(List<Observation> observations) {
        return JsonLines.of(observations, ObservationLine::write);
    }

    private static void write(JsonGenerator json, Observation o) throws IOException {
        write(json, o.mac().toString(), o.observedAt(), o.ips(), o.hostname().orElse(null), o.group().orElse(null),
                o.evidence());
    }

    /** One line from its parts; ips may be empty, hostname and group null. */
    static void write(JsonGenerator json, String mac, Instant at, List<String> ips, String hostname, String group,
            Map<String, String> evidence) throws IOException {
        json.writeStartObject();
        json.writeStringField("mac", mac);
        json.writeStringField("at", at.toString());
        if (!ips.isEmpty()) {
            json.writeArrayFieldStart("ips");
            for (String ip : ips) {
                json.writeString(ip);
            }
            json.writeEndArray();
        }
        if (hostname != null) {
            json.writeStringField("hostname", hostname);
        }
        if (group != null) {
            json.writeStringField("group", group);
        }
        if (!evidence.isEmpty()) {
            json.writeObjectFieldStart("evidence");
            for (Map.Entry<String, String> e : new TreeMap<>(evidence).entrySet()) {
                json.writeStringField(e.getKey(), e.getValue());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /** The observation a line holds, as {@code source} reported it. */
    static Observation read(String source, String line) {
        try (JsonParser json = JsonLines.JSON.createParser(line)) {
            expect(json.nextToken(), JsonToken.START_OBJECT, line);
            String mac = null;
            Instant at = null;
            List<String> ips = List.of();
            String hostname = null;
            String group = null;
            Map<String, String> evidence = Map.of();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                switch (field) {
                    case "mac" -> mac = json.getText();
                    case "at" -> at = IsoInstants.parse(json.getText());
                    case "hostname" -> hostname = json.getText();
                    case "group" -> group = json.getText();
                    case "ips" -> {
                        expect(value, JsonToken.START_ARRAY, line);
                        ips = new ArrayList<>(2);
                        while (json.nextToken() == JsonToken.VALUE_STRING) {
                            ips.add(json.getText());
                        }
                    }
                    case "evidence" -> {
                        expect(value, JsonToken.START_OBJECT, line);
                        evidence = new TreeMap<>();
                        while (json.nextToken() == JsonToken.FIELD_NAME) {
                            String key = json.currentName();
                            json.nextToken();
                            evidence.put(key, json.getText());
                        }
                    }
                    default -> json.skipChildren();
                }
            }
            if (mac == null || at == null) {
                throw new IllegalStateException("A stored observation of " + source + " lacks its MAC or time: " + line);
            }
            return new Observation(source, at, MacAddress.of(mac), ips, Optional.ofNullable(hostname),
                    Optional.ofNullable(group), evidence);
        } catch (IOException e) {
            throw new IllegalStateException("A stored observation of " + source + " is not readable: " + line, e);
        }
    }

    private static void expect(JsonToken found, JsonToken expected, String line) {
        if (found != expected) {
            throw new IllegalStateException("A stored observation is not as written: " + line);
        }
    }
}
