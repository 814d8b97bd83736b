package org.netboxauto.store;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Recognises a transaction that lost a race with another process's and may simply run again: a
 * unique key another writer inserted first ({@code INSERT … WHERE NOT EXISTS} then finds it), a
 * serialization failure or a deadlock (SQL states 23505, 40001, 40P01).
 */
final class WriteConflict {

    private WriteConflict() {
    }

    static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.equals("23505") || state.equals("40001") || state.equals("40P01")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A short random pause, longer with each attempt, so two writers do not meet again at once. */
    static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L << Math.min(attempt, 5)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
