package org.netboxauto.service;

/** The open staging store, as the services see it. Later issues add the repositories they need. */
public interface StagingStore extends AutoCloseable {

    /** Where the data lives, safe to show: a file path or a JDBC URL without credentials. */
    String location();

    StoreSummary summary();

    @Override
    void close();
}
