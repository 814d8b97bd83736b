package org.netboxauto.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** What a window test leaves behind: the light theme again, no window open, its workers stopped. */
final class WindowTeardown {

    private WindowTeardown() {
    }

    static void closeAll(ExecutorService... workers) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Theme.current().choiceProperty().set(Theme.Choice.LIGHT))
                .get(10, TimeUnit.SECONDS);
        FxToolkit.cleanupStages();
        for (ExecutorService e : workers) {
            if (e != null) {
                e.shutdownNow();
                e.awaitTermination(20, TimeUnit.SECONDS);
            }
        }
    }
}
