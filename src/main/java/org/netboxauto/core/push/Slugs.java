package org.netboxauto.core.push;

import java.text.Normalizer;
import java.util.Locale;

/** NetBox slugs ({@code ^[-\w]+$}) made from names, as NetBox's own forms would. */
public final class Slugs {

    private static final int MAX = 100;

    private Slugs() {
    }

    public static String of(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-").replaceAll("-{2,}", "-")
                .replaceAll("^-|-$", "");
        if (slug.isEmpty()) {
            slug = "x";
        }
        return slug.length() > MAX ? slug.substring(0, MAX) : slug;
    }
}
