package org.netboxauto.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.apache.ibatis.datasource.unpooled.UnpooledDataSource;
import org.netboxauto.config.Secret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects to an H2 file with its own password. A store made before it had one (user sa, empty
 * password) is given the password on that first connection; its data stays as it is.
 */
final class H2Passwords {

    private static final Logger LOG = LoggerFactory.getLogger(H2Passwords.class);
    private static final int WRONG_USER_OR_PASSWORD = 28000;

    private H2Passwords() {
    }

    static Connection connect(UnpooledDataSource direct, String user, boolean generated, Secret password, String display)
            throws SQLException {
        try {
            return direct.getConnection();
        } catch (SQLException refused) {
            if (!generated || refused.getErrorCode() != WRONG_USER_OR_PASSWORD) {
                throw refused;
            }
            Connection legacy;
            try {
                legacy = direct.getConnection(user, "");
            } catch (SQLException stillRefused) {
                throw refused;
            }
            try (Statement st = legacy.createStatement()) {
                // the password is hex from SecureRandom, never user text
                st.execute("ALTER USER " + quoted(user) + " SET PASSWORD '" + password.reveal() + "'");
            } catch (SQLException e) {
                legacy.close();
                throw e;
            }
            LOG.warn("The staging store {} had no password; it now has its own, kept beside it", display);
            return legacy;
        }
    }

    private static String quoted(String user) {
        return "\"" + user.toUpperCase(java.util.Locale.ROOT).replace("\"", "\"\"") + "\"";
    }
}
