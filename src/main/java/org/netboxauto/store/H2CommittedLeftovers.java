package org.netboxauto.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finishes the commits a killed process left half done, which H2 itself never finishes.
 * <p>
 * A process killed while H2 commits a large transaction leaves its undo log marked "committed" with
 * rows still marked as that transaction's. On the next open H2 registers it as a committed leftover
 * and asks it to commit, but {@code Transaction.commit} does nothing for a transaction that is
 * already in the committed state (H2 2.5.252): the transaction stays registered for the life of the
 * database, its rows keep their mark and show their old values, and the next update of such a row
 * waits for that transaction in a loop that never sleeps nor ends (the waiter is told a committed
 * transaction has ended, tries again, and finds the same mark). That is the 100 % CPU discover after
 * kills of ADR 17. Here each such leftover is committed as H2's own recovery path would (its undo
 * log applied as committed, then the transaction closed), once, when this process opens the file.
 */
final class H2CommittedLeftovers {

    private static final Logger LOG = LoggerFactory.getLogger(H2CommittedLeftovers.class);

    private H2CommittedLeftovers() {
    }

    /** Only on the connection that opened the database: no other session of this process exists yet. */
    static void finish(Connection connection, String display) {
        Optional<org.h2.mvstore.db.Store> store = H2EmbeddedStore.of(connection);
        if (store.isEmpty()) {
            LOG.debug("Not an embedded H2 session for {}; nothing to finish", display);
            return;
        }
        TransactionStore transactions = store.get().getTransactionStore();
        List<Transaction> leftovers = transactions.getOpenTransactions().stream()
                .filter(t -> t.getStatus() == Transaction.STATUS_COMMITTED).toList();
        if (leftovers.isEmpty()) {
            return;
        }
        try {
            Method commit = TransactionStore.class.getDeclaredMethod("commit", Transaction.class, boolean.class);
            Method close = Transaction.class.getDeclaredMethod("close", boolean.class, Throwable.class);
            commit.setAccessible(true);
            close.setAccessible(true);
            for (Transaction t : leftovers) {
                commit.invoke(transactions, t, true);
                close.invoke(t, true, null);
            }
            LOG.warn("The staging store {} held {} commit(s) that a killed process had not finished; finished them",
                    display, leftovers.size());
        } catch (NoSuchMethodException | IllegalAccessException e) {
            LOG.warn("The staging store {} holds {} commit(s) a killed process had not finished, and this H2 cannot"
                    + " be asked to finish them; rows they wrote may not be updatable", display, leftovers.size(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Finishing a commit a killed process left in " + display + " failed: "
                    + e.getCause().getMessage(), e.getCause());
        }
    }
}
