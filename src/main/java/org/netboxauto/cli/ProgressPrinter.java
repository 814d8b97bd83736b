package org.netboxauto.cli;

import java.io.PrintWriter;
import org.netboxauto.discovery.CollectorResult;
import org.netboxauto.discovery.DiscoveryListener;

/** Prints a line per source event on stderr; prints nothing when there is no terminal to print to. */
final class ProgressPrinter implements DiscoveryListener {

    private final PrintWriter err;

    ProgressPrinter(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void sourceStarted(String source) {
        print(source + ": started");
    }

    @Override
    public void sourceMessage(String source, String message) {
        print(source + ": " + message);
    }

    @Override
    public void sourceFinished(CollectorResult result, int done, int total) {
        print("[" + done + "/" + total + "] " + result.source() + ": " + (result.succeeded()
                ? result.observations().size() + " observations in " + result.took().toMillis() + " ms"
                : "FAILED: " + result.error().orElseThrow()));
    }

    private void print(String line) {
        if (err != null) {
            synchronized (err) {
                err.println(line);
                err.flush();
            }
        }
    }
}
