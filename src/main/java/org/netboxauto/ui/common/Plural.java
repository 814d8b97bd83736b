package org.netboxauto.ui.common;

/** "1 observation", "2 observations": counts as people write them. */
public final class Plural {

    private Plural() {
    }

    /** {@code noun} is the singular; the plural adds "s" (or "es" after s, x, sh, ch). */
    public static String of(long count, String noun) {
        if (count == 1) {
            return "1 " + noun;
        }
        boolean es = noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("sh") || noun.endsWith("ch");
        return String.format(java.util.Locale.ROOT, "%,d", count) + " " + noun + (es ? "es" : "s");
    }
}
