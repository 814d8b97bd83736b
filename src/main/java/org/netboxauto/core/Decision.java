package org.netboxauto.core;

import java.util.Objects;
import java.util.Optional;

/** One thing an admin decides about hosts: their state, their kind, overrides or a note. */
public sealed interface Decision {

    /** Approve, reject, or back to pending. */
    record SetState(ReviewState state) implements Decision {
        public SetState {
            Objects.requireNonNull(state, "state");
        }
    }

    /** Sets the kind (one of review.kinds), or clears it when empty. */
    record Classify(Optional<String> kind) implements Decision {
        public Classify {
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** Name, role and site to use in NetBox instead of the discovered or default ones; empty clears. */
    record Override(Optional<String> name, Optional<String> role, Optional<String> site) implements Decision {
        public Override {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(site, "site");
        }
    }

    record Note(Optional<String> text) implements Decision {
        public Note {
            Objects.requireNonNull(text, "text");
        }
    }
}
