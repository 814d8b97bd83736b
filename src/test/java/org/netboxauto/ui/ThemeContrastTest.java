package org.netboxauto.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every text colour of both themes on the backgrounds it is used on meets WCAG AA (4.5:1; 3:1 for icons). */
class ThemeContrastTest {

    /** Text on background: what the stylesheets pair. */
    private static final String[][] TEXT = {
        {"-nba-ink", "-nba-page"}, {"-nba-ink", "-nba-surface"}, {"-nba-ink", "-nba-subtle"},
        {"-nba-ink-2", "-nba-surface"}, {"-nba-ink-2", "-nba-subtle"},
        {"-nba-muted", "-nba-page"}, {"-nba-muted", "-nba-surface"}, {"-nba-muted", "-nba-subtle"},
        {"-nba-muted", "-nba-warn-soft"}, {"-nba-muted-2", "-nba-surface"},
        {"-nba-link", "-nba-surface"}, {"-nba-link", "-nba-page"}, {"-nba-link", "-nba-accent-soft"},
        {"-nba-on-accent", "-nba-accent"}, {"-nba-on-accent", "-nba-accent-dark"},
        {"-nba-ok", "-nba-ok-soft"}, {"-nba-ok", "-nba-surface"}, {"-nba-ok", "-nba-ok-soft-2"},
        {"-nba-warn", "-nba-warn-soft"}, {"-nba-warn", "-nba-warn-soft-2"}, {"-nba-warn", "-nba-surface"},
        {"-nba-error", "-nba-error-soft"}, {"-nba-error", "-nba-surface"}, {"-nba-error", "-nba-page"},
        {"-nba-purple", "-nba-purple-soft"}, {"-nba-purple", "-nba-surface"},
        {"-nba-changed", "-nba-changed-soft"}, {"-nba-changed", "-nba-changed-selected"},
    };
    /** Icons and borders that carry meaning: 3:1 (WCAG 1.4.11). */
    private static final String[][] NON_TEXT = {
        {"-nba-faint", "-nba-surface"}, {"-nba-line-strong", "-nba-page"},
    };

    @Test
    void lightThemeMeetsAa() throws IOException {
        check(colours("netbox-auto.css", Map.of()));
    }

    @Test
    void darkThemeMeetsAa() throws IOException {
        check(colours("netbox-auto-dark.css", colours("netbox-auto.css", Map.of())));
    }

    private static void check(Map<String, String> colours) {
        List<String> failures = new ArrayList<>();
        for (String[] pair : TEXT) {
            test(colours, pair, 4.5, failures);
        }
        for (String[] pair : NON_TEXT) {
            test(colours, pair, 3.0, failures);
        }
        assertThat(failures).isEmpty();
    }

    private static void test(Map<String, String> colours, String[] pair, double minimum, List<String> failures) {
        double ratio = contrast(resolve(colours, pair[0]), resolve(colours, pair[1]));
        if (ratio < minimum) {
            failures.add(String.format("%s on %s: %.2f < %.1f", pair[0], pair[1], ratio, minimum));
        }
    }

    /** The .root block's looked-up colours; {@code base} supplies what the sheet does not set. */
    static Map<String, String> colours(String sheet, Map<String, String> base) throws IOException {
        String css;
        try (InputStream in = ThemeContrastTest.class.getResourceAsStream("/org/netboxauto/ui/" + sheet)) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher root = Pattern.compile("\\.root\\s*\\{([^}]*)}").matcher(css);
        assertThat(root.find()).as(sheet + " has a .root block").isTrue();
        Map<String, String> out = new HashMap<>(base);
        Matcher decl = Pattern.compile("(-nba-[a-z0-9-]+)\\s*:\\s*([^;]+);").matcher(root.group(1));
        while (decl.find()) {
            out.put(decl.group(1), decl.group(2).strip());
        }
        return out;
    }

    private static String resolve(Map<String, String> colours, String name) {
        String value = colours.get(name);
        assertThat(value).as(name + " is defined").isNotNull();
        return value.startsWith("-nba-") ? resolve(colours, value) : value;
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        String h = hex.substring(1);
        double r = channel(Integer.parseInt(h.substring(0, 2), 16));
        double g = channel(Integer.parseInt(h.substring(2, 4), 16));
        double b = channel(Integer.parseInt(h.substring(4, 6), 16));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }

    private static double channel(int v) {
        double c = v / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
