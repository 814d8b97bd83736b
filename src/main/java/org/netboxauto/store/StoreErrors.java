package org.netboxauto.store;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Optional;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.netboxauto.config.Secret;
import org.netboxauto.service.StoreUnavailableException;

/** Turns driver and Flyway failures into messages that name the store and say what to do. */
final class StoreErrors {

    // H2 error codes (org.h2.api.ErrorCode), spelled out to keep H2 types out of this class.
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    private static final int H2_FILE_CORRUPTED = 90030;
    private static final int H2_WRONG_USER_OR_PASSWORD = 28000;
    private static final int H2_CONNECTION_BROKEN = 90067;
    private static final int H2_FILE_VERSION_ERROR = 90048;
    private static final int H2_GENERAL_ERROR = 50000;

    private StoreErrors() {
    }

    static StoreUnavailableException translate(Throwable failure, StoreLocation store, Optional<Secret> password) {
        if (failure instanceof StoreUnavailableException already) {
            return already;
        }
        String where = store.display();
        String message = describe(failure, store, where);
        return new StoreUnavailableException(redact(message, password), failure);
    }

    private static String describe(Throwable failure, StoreLocation store, String where) {
        if (failure instanceof FlywayValidateException) {
            return "The staging store at " + where + " has a schema history that does not match this"
                    + " netbox-auto's migrations. Use the netbox-auto version that created it, or point"
                    + " store.url at another store. Details: " + failure.getMessage();
        }
        Optional<SQLException> sql = find(failure, SQLException.class);
        if (store.kind() == StoreLocation.Kind.POSTGRESQL) {
            return describePostgres(failure, sql, where);
        }
        return describeH2(failure, sql, where);
    }

    private static String describePostgres(Throwable failure, Optional<SQLException> sql, String where) {
        String state = sql.map(SQLException::getSQLState).orElse("");
        if (state.equals("28P01") || state.equals("28000")) {
            return "PostgreSQL at " + where + " refused the user name or password."
                    + " Check store.username and store.password.";
        }
        if (state.equals("3D000")) {
            return "The database named in " + where + " does not exist on that PostgreSQL server."
                    + " Create it (createdb) or fix store.url.";
        }
        boolean network = state.startsWith("08") || find(failure, ConnectException.class).isPresent()
                || find(failure, UnknownHostException.class).isPresent()
                || find(failure, NoRouteToHostException.class).isPresent()
                || find(failure, SocketTimeoutException.class).isPresent();
        if (network) {
            return "Cannot reach the PostgreSQL server at " + where + " (" + rootMessage(failure) + ")."
                    + " Check that it is running and that store.url names the right host and port.";
        }
        return "Could not open the staging store at " + where + ": " + rootMessage(failure);
    }

    private static String describeH2(Throwable failure, Optional<SQLException> sql, String where) {
        int code = sql.map(SQLException::getErrorCode).orElse(0);
        if (code == H2_DATABASE_ALREADY_OPEN) {
            return "The staging store " + where + " is in use by another program. Close it, or wait for it"
                    + " to finish, then try again. The store was not changed.";
        }
        if (code == H2_CONNECTION_BROKEN) {
            return "The staging store " + where + " is held by another netbox-auto process that does not"
                    + " answer. Wait for it to finish or stop it, then try again. The store was not changed.";
        }
        if (code == H2_FILE_CORRUPTED || code == H2_FILE_VERSION_ERROR) {
            return "The staging store file " + where + " cannot be read (" + rootMessage(failure) + ")."
                    + " The store was not changed.";
        }
        if (code == H2_WRONG_USER_OR_PASSWORD) {
            return "The staging store " + where + " refused the user name or password."
                    + " Check store.username and store.password.";
        }
        return "Could not open the staging store " + where + ": " + rootMessage(failure);
    }

    /** H2 says the file itself cannot be read (as opposed to being busy or refusing a password). */
    static boolean isUnreadableFile(Throwable failure) {
        Optional<SQLException> sql = find(failure, SQLException.class);
        int code = sql.map(SQLException::getErrorCode).orElse(0);
        return code == H2_FILE_CORRUPTED || code == H2_FILE_VERSION_ERROR || code == H2_GENERAL_ERROR
                && rootMessage(failure).toLowerCase(java.util.Locale.ROOT).contains("corrupt");
    }

    static String redact(String text, Optional<Secret> password) {
        if (text == null || password.isEmpty() || password.get().isEmpty()) {
            return text;
        }
        return text.replace(password.get().reveal(), Secret.MASK);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return text.lines().findFirst().orElse(text);
    }

    private static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
