package org.netboxauto.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Text of one JSON object per line, as the store keeps observations and changes in parts (ADR 0040). JSON
 * escapes line breaks inside strings, so a line break always ends an object.
 */
final class JsonLines {

    static final JsonFactory JSON = new JsonFactory();
    /**
     * Lines in one stored part: a part is read whole when one of its lines is wanted, and rewritten whole when
     * retention drops some (about 70 KB of observations).
     */
    static final int PER_PART = 250;

    /** Writes one item as one JSON object. */
    interface Writer<T> {
        void write(JsonGenerator json, T item) throws IOException;
    }

    private JsonLines() {
    }

    static <T> String of(List<T> items, Writer<T> writer) {
        StringWriter out = new StringWriter(200 * items.size());
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.setRootValueSeparator(null);
            for (T item : items) {
                writer.write(json, item);
                json.flush();
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing JSON lines failed", e);
        }
        return out.toString();
    }

    static String[] split(String text) {
        return text.split("\n");
    }

    /** Lines as {@link #of} writes them: each ended by a line break. */
    static String join(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }

    /** The items in consecutive parts of at most {@link #PER_PART}. */
    static <T> List<List<T>> parts(List<T> items) {
        List<List<T>> parts = new ArrayList<>();
        for (int from = 0; from < items.size(); from += PER_PART) {
            parts.add(items.subList(from, Math.min(items.size(), from + PER_PART)));
        }
        return parts;
    }
}
