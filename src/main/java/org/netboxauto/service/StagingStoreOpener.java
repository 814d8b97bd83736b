package org.netboxauto.service;

/** Opens (creating and migrating when needed) the staging store at a JDBC URL. */
public interface StagingStoreOpener {

    StagingStore open(StoreSettings settings) throws StoreUnavailableException;

    /**
     * True when the store is an H2 file this process does not hold and that is just as this process's own
     * last close left it: no other process has written it since, so it need not be opened to find out.
     */
    default boolean untouchedSinceOwnClose(StoreSettings settings) {
        return false;
    }
}
