package org.netboxauto.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.parser.ConfigDocument;
import com.typesafe.config.parser.ConfigDocumentFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.netboxauto.core.rules.ReviewRule;
import org.netboxauto.core.rules.RuleAction;
import org.netboxauto.core.rules.RuleMatch;

/**
 * Adds a review rule at the end of {@code review.rules} in the config file, keeping the rest of the file
 * as it was, comments included: the rule goes in before the list's closing bracket, the list as written;
 * when the list cannot be found that way (or there is none), Typesafe Config's {@link ConfigDocument}
 * writes it (the existing rules then re-rendered with their comments). The file is replaced at once, with
 * its permissions, so a reader never sees half of it.
 */
public final class ReviewRuleWriter {

    private static final ConfigRenderOptions KEEP_COMMENTS = ConfigRenderOptions.defaults().setOriginComments(false)
            .setComments(true).setJson(false).setFormatted(true);

    private ReviewRuleWriter() {
    }

    /** @throws IOException when the file cannot be read or written, or already has a rule of that name */
    public static void append(Path file, ReviewRule rule) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String list;
        try {
            Config parsed = ConfigFactory.parseString(text);
            if (parsed.hasPath("review.rules")) {
                for (ConfigValue existing : parsed.getList("review.rules")) {
                    if (existing.unwrapped() instanceof java.util.Map<?, ?> m && rule.name().equals(m.get("name"))) {
                        throw new IOException("review.rules in " + file + " already has a rule named \"" + rule.name()
                                + "\"; choose another name");
                    }
                }
                // the list as it is, with the comments on its rules, and the new rule before its end
                String rendered = parsed.getValue("review.rules").render(KEEP_COMMENTS).strip();
                int end = rendered.lastIndexOf(']');
                list = rendered.substring(0, end).stripTrailing() + "\n    " + render(rule) + "\n]";
            } else {
                list = "[\n    " + render(rule) + "\n]";
            }
        } catch (ConfigException e) {
            throw new IOException("review.rules in " + file + " could not be read (" + e.getMessage()
                    + "); fix the file, then make the rule again", e);
        }
        ConfigDocument document = ConfigDocumentFactory.parseString(text);
        String updated = RuleListText.appended(text, rule.name(), render(rule))
                .orElseGet(() -> document.withValueText("review.rules", list).render());
        replace(file, updated);
    }

    /** The rule as one HOCON object, e.g. {@code { name = "vms", when { hostname = "vm-*" }, then { state = approved } }}. */
    static String render(ReviewRule rule) {
        RuleMatch w = rule.when();
        List<String> when = new ArrayList<>();
        w.source().ifPresent(v -> when.add("source = " + ConfigUtil.quoteString(v)));
        w.kindSuggestion().ifPresent(v -> when.add("kind-suggestion = " + ConfigUtil.quoteString(v)));
        w.vendor().ifPresent(v -> when.add("vendor = " + ConfigUtil.quoteString(v)));
        w.oui().ifPresent(v -> when.add("oui = " + ConfigUtil.quoteString(v)));
        w.subnet().ifPresent(v -> when.add("subnet = " + ConfigUtil.quoteString(v.toString())));
        w.hostname().ifPresent(v -> when.add("hostname = " + ConfigUtil.quoteString(v)));
        w.switchName().ifPresent(v -> when.add("switch = " + ConfigUtil.quoteString(v)));
        w.port().ifPresent(v -> when.add("port = " + ConfigUtil.quoteString(v)));
        w.vlan().ifPresent(v -> when.add("vlan = " + v));
        w.randomisedMac().ifPresent(v -> when.add("randomised-mac = " + v));
        RuleAction t = rule.then();
        List<String> then = new ArrayList<>();
        t.state().ifPresent(s -> then.add("state = " + s.name().toLowerCase(Locale.ROOT)));
        t.kind().ifPresent(v -> then.add("kind = " + ConfigUtil.quoteString(v)));
        t.role().ifPresent(v -> then.add("role = " + ConfigUtil.quoteString(v)));
        t.site().ifPresent(v -> then.add("site = " + ConfigUtil.quoteString(v)));
        return "{ name = " + ConfigUtil.quoteString(rule.name()) + ", when { " + String.join(", ", when)
                + " }, then { " + String.join(", ", then) + " } }";
    }

    private static void replace(Path file, String text) throws IOException {
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".netbox-auto-", ".conf");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (view != null) {
                Files.setPosixFilePermissions(temp, view.readAttributes().permissions());
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
