package org.netboxauto.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code review.rules} in a config file's text and puts a rule before its closing bracket, leaving the
 * list as the admin wrote it. Checked by parsing the result: the list must then end with the new rule.
 */
final class RuleListText {

    private static final Pattern RULES_KEY = Pattern.compile("(?:review\\s*\\.\\s*)?\\brules\\s*[=:]?\\s*\\[");

    private RuleListText() {
    }

    /** The text with {@code rule} (one HOCON object) last in review.rules; empty when that cannot be done safely. */
    static Optional<String> appended(String text, String name, String rule) {
        try {
            Config before = ConfigFactory.parseString(text);
            if (!before.hasPath("review.rules")) {
                return Optional.empty();
            }
            ConfigValue list = before.getValue("review.rules");
            int line = list.origin().lineNumber();
            int from = lineStart(text, line);
            if (from < 0) {
                return Optional.empty();
            }
            Matcher key = RULES_KEY.matcher(text);
            if (!key.find(from)) {
                return Optional.empty();
            }
            int open = key.end() - 1;
            int close = closing(text, open);
            if (close < 0) {
                return Optional.empty();
            }
            String inside = text.substring(open + 1, close);
            String closingIndent = indentBefore(text, close);
            String indent = inside.isBlank() ? closingIndent + "  " : firstIndent(inside, closingIndent + "  ");
            String head = text.substring(0, close).stripTrailing();
            String updated = head + "\n" + indent + rule + "\n" + closingIndent + text.substring(close);
            List<? extends ConfigValue> after = ConfigFactory.parseString(updated).getList("review.rules");
            boolean ok = after.size() == before.getList("review.rules").size() + 1
                    && after.getLast().unwrapped() instanceof Map<?, ?> last && name.equals(last.get("name"));
            return ok ? Optional.of(updated) : Optional.empty();
        } catch (ConfigException e) {
            return Optional.empty();
        }
    }

    private static int lineStart(String text, int line) {
        int at = 0;
        for (int n = 1; n < line; n++) {
            at = text.indexOf('\n', at);
            if (at < 0) {
                return -1;
            }
            at++;
        }
        return at;
    }

    /** The index of the bracket closing the one at {@code open}, past strings and comments; -1 if none. */
    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (text.startsWith("\"\"\"", i)) {
                int end = text.indexOf("\"\"\"", i + 3);
                if (end < 0) {
                    return -1;
                }
                i = end + 2;
            } else if (c == '"') {
                i++;
                while (i < text.length() && text.charAt(i) != '"') {
                    i += text.charAt(i) == '\\' ? 2 : 1;
                }
            } else if (c == '#' || text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end;
            } else if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                depth--;
                if (depth == 0) {
                    return c == ']' ? i : -1;
                }
            }
        }
        return -1;
    }

    private static String indentBefore(String text, int index) {
        int start = text.lastIndexOf('\n', index - 1) + 1;
        String before = text.substring(start, index);
        return before.isBlank() ? before : before.replaceAll("\\S.*$", "");
    }

    private static String firstIndent(String inside, String fallback) {
        for (String l : inside.split("\n")) {
            if (!l.isBlank()) {
                String indent = l.replaceAll("\\S.*$", "");
                return indent.isEmpty() ? fallback : indent;
            }
        }
        return fallback;
    }
}
