package org.netboxauto.testsupport;

import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.netboxauto.service.StoreSettings;
import org.netboxauto.store.MyBatisStagingStore;
import org.netboxauto.store.MyBatisStagingStoreOpener;

/**
 * A second process writing to a store: {@code URL runs N} writes N discovery runs, {@code URL forever}
 * writes until killed, {@code URL hold} keeps the store open until stdin closes. Prints "ready" once
 * its first transaction committed (or, for hold, once it is inside a transaction it keeps open).
 */
public final class StoreWriterMain {

    private StoreWriterMain() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String mode = args[1];
        try (MyBatisStagingStore store = new MyBatisStagingStoreOpener()
                .open(new StoreSettings(url, Optional.empty(), Optional.empty()))) {
            if (mode.equals("hold")) {
                store.write(session -> {
                    System.out.println("ready");
                    System.out.flush();
                    try {
                        return System.in.read();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                return;
            }
            long runs = mode.equals("forever") ? Long.MAX_VALUE : Long.parseLong(args[2]);
            for (long i = 0; i < runs; i++) {
                StoreFixtures.writeCompleteRun(store, "routeros:child", randomMacSeed());
                if (i == 0) {
                    System.out.println("ready");
                    System.out.flush();
                }
            }
            System.out.println("done " + runs);
        }
    }

    private static int randomMacSeed() {
        return ThreadLocalRandom.current().nextInt(1 << 24);
    }
}
