package org.netboxauto.service;

/** Logs in to one kind of peer with a draft entry and says what answered, e.g. its version. */
@FunctionalInterface
public interface ConnectionTester<T> {

    /** @param index the entry's position among its kind, for the config key named in errors */
    ConnectionCheck test(T entry, int index) throws InterruptedException;
}
