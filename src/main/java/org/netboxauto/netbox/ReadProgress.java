package org.netboxauto.netbox;

/** Progress of reading NetBox: parts done of all, and what was just read. */
@FunctionalInterface
public interface ReadProgress {

    ReadProgress NONE = (done, total, message) -> { };

    void update(int done, int total, String message);
}
