package org.netboxauto.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A plain JDBC connection to an H2 store file, with the password kept beside it, as a tool of the user's would open it. */
final class H2Direct {

    private H2Direct() {
    }

    static Connection connect(String jdbcUrl) throws SQLException {
        StoreLocation location = StoreLocation.parse(jdbcUrl);
        return DriverManager.getConnection(location.connectUrl(), "sa", password(location.h2File().orElseThrow()));
    }

    static String password(Path storeFile) {
        try {
            return Files.readString(new StoreFiles(storeFile).password()).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
