package org.netboxauto.testsupport;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Gate for tests that need a real peer (a display, a PostgreSQL server, snmpsim...). On a
 * developer machine without the peer the test is skipped with the reason; in CI (CI=true)
 * a missing peer fails the test, so nothing is silently left untested.
 */
public final class Peers {

    private Peers() {
    }

    public static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Skips (or in CI fails) the calling test when {@code available} is false. */
    public static void require(boolean available, String peer, String howToGetIt) {
        if (available) {
            return;
        }
        String reason = peer + " is not available: " + howToGetIt;
        if (inCi()) {
            fail("CI=true and a test peer is missing. " + reason);
        }
        assumeTrue(false, reason);
    }

    /** A usable X display for JavaFX tests (Xvfb in CI). */
    public static void requireDisplay() {
        String display = System.getenv("DISPLAY");
        require(display != null && !display.isBlank(), "an X display",
                "run the tests under Xvfb: xvfb-run -a ./mvnw verify");
    }

    /** A display, then the JavaFX toolkit started through TestFX with its glass robot; call per test. */
    public static void requireFxToolkit() throws java.util.concurrent.TimeoutException {
        requireDisplay();
        System.setProperty("testfx.robot", "glass");
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }
}
