package org.netboxauto.store;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Optional;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionStore;
import org.netboxauto.config.StoreConfig;
import org.netboxauto.service.StoreSettings;
import org.netboxauto.testsupport.StoreFixtures;

/**
 * Leaves an H2 store as a process killed in the middle of a commit does: a run stored, then
 * an update of every observation whose undo log is marked committed, written to the file, and the process
 * gone before the commit finished ({@code Runtime.halt}, no shutdown hooks). {@code DATA_DIR}.
 */
public final class HalfCommittedStoreProcess {

    private HalfCommittedStoreProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        StoreSettings settings = new StoreSettings(StoreConfig.defaultH2Url(dataDir), Optional.empty(),
                Optional.empty());
        try (MyBatisStagingStore store = new MyBatisStagingStoreOpener().open(settings)) {
            StoreFixtures.writeCompleteRun(store, "routeros:core", 1);
        }
        Thread.sleep(1000); // past the lease's linger: the file is closed
        String password = Files.readString(dataDir.resolve("store.password")).strip();
        Connection c = DriverManager.getConnection(settings.jdbcUrl() + StoreLocation.H2_FILE_SETTINGS, "sa",
                password);
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE observation_part SET observations = 'half-committed'");
        }
        SessionLocal session = (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
        TransactionStore transactions = session.getDatabase().getStore().getTransactionStore();
        Transaction t = session.getTransaction();
        Method mark = TransactionStore.class.getDeclaredMethod("markUndoLogAsCommitted", int.class, long.class);
        mark.setAccessible(true);
        mark.invoke(transactions, t.getId(), 1L);
        session.getDatabase().getStore().getMvStore().commit();
        System.out.println("half-committed");
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }
}
