package org.netboxauto.core.push;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The fields of an action, read-only, in the order they were put. An action has a handful: two arrays
 * searched in turn hold them in a quarter of a hash table's memory, and a plan keeps 150,000 of them.
 */
final class FieldMap extends AbstractMap<String, Object> {

    private final String[] keys;
    private final Object[] values;

    private FieldMap(Map<String, Object> fields) {
        keys = new String[fields.size()];
        values = new Object[fields.size()];
        int i = 0;
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            keys[i] = e.getKey();
            values[i++] = e.getValue();
        }
    }

    /** A copy of {@code fields}, in their order; values may be null. */
    static Map<String, Object> copyOf(Map<String, Object> fields) {
        return new FieldMap(fields);
    }

    private int indexOf(Object key) {
        for (int i = 0; i < keys.length; i++) {
            if (Objects.equals(keys[i], key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Object get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Object> action) {
        for (int i = 0; i < keys.length; i++) {
            action.accept(keys[i], values[i]);
        }
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }
}
