package org.netboxauto.store;

import java.nio.file.Path;

/** The files that belong to one H2 store, all beside its {@code NAME.mv.db}. */
record StoreFiles(Path database) {

    private static final String SUFFIX = ".mv.db";

    Path folder() {
        return database.getParent();
    }

    /** {@code NAME.password}: the store's own random password. */
    Path password() {
        return sibling(".password");
    }

    /** {@code NAME.holder}: which process has the file open right now. */
    Path holder() {
        return sibling(".holder");
    }

    /** {@code NAME.closed}: the mark of the last process that closed the file. */
    Path closeMark() {
        return sibling(".closed");
    }

    /** {@code NAME.waiting}: touched by a process that waits for the file. */
    Path waiting() {
        return sibling(".waiting");
    }

    Path sibling(String suffix) {
        String name = database.getFileName().toString();
        String base = name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
        return database.resolveSibling(base + suffix);
    }
}
