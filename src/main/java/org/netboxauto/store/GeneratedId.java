package org.netboxauto.store;

/** Receives the key the database generated for an insert (records cannot be filled in). */
public final class GeneratedId {

    private Long value;

    public long value() {
        if (value == null) {
            throw new IllegalStateException("no id was generated");
        }
        return value;
    }

    public Long getValue() {
        return value;
    }

    public void setValue(Long value) {
        this.value = value;
    }
}
