package org.netboxauto.service;

/** Opens (creating and migrating when needed) the staging store at a JDBC URL. */
public interface StagingStoreOpener {

    StagingStore open(StoreSettings settings) throws StoreUnavailableException;
}
