package org.netboxauto.core.push;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A read-only map a plan hands out. A plan of 50,000 hosts labels some 100,000 objects: a plan made from
 * another (orphans added) shares its maps instead of copying them again.
 */
final class FrozenMap<K, V> extends AbstractMap<K, V> {

    private final Map<K, V> map;

    private FrozenMap(Map<K, V> map) {
        this.map = map;
    }

    /** {@code map} as it is now: later changes to it do not show. */
    static <K, V> Map<K, V> of(Map<K, V> map) {
        return map instanceof FrozenMap<K, V> ? map : new FrozenMap<>(new HashMap<>(map));
    }

    /** {@code map} itself, for its owner to hand over once it stops changing it. */
    static <K, V> Map<K, V> handedOver(HashMap<K, V> map) {
        return new FrozenMap<>(map);
    }

    @Override
    public V get(Object key) {
        return map.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return map.containsKey(key);
    }

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return Collections.unmodifiableMap(map).entrySet();
    }
}
