package org.netboxauto.store;

import java.util.Optional;
import org.apache.ibatis.datasource.unpooled.UnpooledDataSource;
import org.netboxauto.service.StoreSettings;

/**
 * One process that opens an existing H2 store as a command does and reads its hosts: {@code URL open}
 * with the version-row check, {@code URL flyway} with a full Flyway migrate/validate as before, and
 * {@code URL nothing} only starts (the peer: {@code --version}).
 */
public final class StoreOpenMain {

    private StoreOpenMain() {
    }

    public static void main(String[] args) {
        String url = args[0];
        switch (args[1]) {
            case "open" -> {
                try (MyBatisStagingStore store = new MyBatisStagingStoreOpener()
                        .open(new StoreSettings(url, Optional.empty(), Optional.empty()))) {
                    System.out.println(store.hosts().size());
                }
            }
            case "flyway" -> {
                StoreLocation location = StoreLocation.parse(url);
                java.util.Properties p = new java.util.Properties();
                p.setProperty("user", "sa");
                p.setProperty("password", H2Direct.password(location.h2File().orElseThrow()));
                SchemaMigrator.migrate(new UnpooledDataSource("org.h2.Driver", location.connectUrl(), p), url);
                try (MyBatisStagingStore store = new MyBatisStagingStoreOpener()
                        .open(new StoreSettings(url, Optional.empty(), Optional.empty()))) {
                    System.out.println(store.hosts().size());
                }
            }
            default -> System.out.println("netbox-auto");
        }
    }
}
