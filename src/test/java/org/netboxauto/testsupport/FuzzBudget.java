package org.netboxauto.testsupport;

/**
 * How many inputs a fuzz harness runs: its base count in the test suite (fixed seed, seconds), multiplied by
 * {@code -Dnetboxauto.fuzz.factor=N} in the opt-in {@code fuzz} profile ({@code ./mvnw -Pfuzz test}).
 */
public final class FuzzBudget {

    private FuzzBudget() {
    }

    public static int inputs(int base) {
        return Math.multiplyExact(base, Math.max(1, Integer.getInteger("netboxauto.fuzz.factor", 1)));
    }

    /** One line per harness, so a run's counts can be read off the build output. */
    public static void report(String harness, long seed, int inputs, String outcome, long startNanos) {
        System.out.printf("[fuzz] %s: %,d inputs, seed %#x, %s, %d ms%n", harness, inputs, seed, outcome,
                (System.nanoTime() - startNanos) / 1_000_000);
    }
}
