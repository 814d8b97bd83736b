package org.netboxauto.core.push;

import java.util.Objects;

/** A NetBox object an action points at: one that exists, or one an earlier action of the plan creates. */
public sealed interface ObjectRef {

    /** An object NetBox already holds. */
    record Existing(NbType type, long id) implements ObjectRef {
        public Existing {
            Objects.requireNonNull(type, "type");
        }

        // the record's own hash is the enum's identity hash plus the id: NetBox's sequential ids then fill
        // runs of neighbouring slots, and the immutable maps' linear probing turns quadratic
        @Override
        public int hashCode() {
            return Long.hashCode((id * 31 + type.ordinal()) * 0x9E3779B97F4A7C15L);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Existing e && e.id == id && e.type == type;
        }

        @Override
        public String toString() {
            return type.label() + " #" + id;
        }
    }

    /** The object the action with this key creates or finds. */
    record Planned(String key) implements ObjectRef {
        public Planned {
            Objects.requireNonNull(key, "key");
        }

        @Override
        public String toString() {
            return "(" + key + ")";
        }
    }
}
