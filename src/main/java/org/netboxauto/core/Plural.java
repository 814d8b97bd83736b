package org.netboxauto.core;

import java.util.Locale;

/** "1 observation", "2 observations": counts as people write them. */
public final class Plural {

    private Plural() {
    }

    /** {@code noun} is the singular; the plural adds "s" (or "es" after s, x, sh, ch). */
    public static String of(long count, String noun) {
        boolean es = noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("sh") || noun.endsWith("ch");
        return of(count, noun, noun + (es ? "es" : "s"));
    }

    public static String of(long count, String one, String many) {
        return count == 1 ? "1 " + one : String.format(Locale.ROOT, "%,d", count) + " " + many;
    }
}
