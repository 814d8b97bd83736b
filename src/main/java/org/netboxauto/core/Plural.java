package org.netboxauto.core;

/** A count with its noun in the right number: {@code 1 observation}, {@code 2 observations}. */
public final class Plural {

    private Plural() {
    }

    /** For nouns whose plural adds an s. */
    public static String of(long n, String one) {
        return of(n, one, one + "s");
    }

    public static String of(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
