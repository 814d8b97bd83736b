package org.netboxauto.core.push;

import java.util.Objects;

/** A NetBox object an action points at: one that exists, or one an earlier action of the plan creates. */
public sealed interface ObjectRef {

    /** An object NetBox already holds. */
    record Existing(NbType type, long id) implements ObjectRef {
        public Existing {
            Objects.requireNonNull(type, "type");
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
