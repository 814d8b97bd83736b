package org.netboxauto.config;

import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.netboxauto.core.rules.ReviewRules;

/** The kinds a host can be classified as, each optionally mapped to NetBox values, and the review rules. */
public record ReviewConfig(List<Kind> kinds, ReviewRules rules) {

    public record Kind(String name, Optional<String> role, Optional<String> deviceType, Optional<String> platform) {
        static Kind named(String name) {
            return new Kind(name, Optional.empty(), Optional.empty(), Optional.empty());
        }

        /** A shipped kind: its NetBox role has its name, created on the first push when netbox.create-missing allows. */
        static Kind shipped(String name) {
            return new Kind(name, Optional.of(name), Optional.empty(), Optional.empty());
        }
    }

    static final List<String> DEFAULT_KINDS =
            List.of("server", "workstation", "iot", "network", "vm", "printer", "phone", "other");

    public ReviewConfig {
        kinds = List.copyOf(kinds);
        java.util.Objects.requireNonNull(rules, "rules");
    }

    static ReviewConfig read(ConfigSection s) {
        List<Kind> kinds = new ArrayList<>();
        Optional<ConfigValue> list = s.value("kinds");
        if (list.isEmpty()) {
            DEFAULT_KINDS.forEach(k -> kinds.add(Kind.shipped(k)));
        } else if (list.get().valueType() != ConfigValueType.LIST) {
            s.error("kinds", list.get(), "is not a list; expected [server, workstation, ...]");
        } else {
            ConfigList items = (ConfigList) list.get();
            for (int i = 0; i < items.size(); i++) {
                readKind(s, i, items.get(i)).ifPresent(kinds::add);
            }
        }
        Set<String> seen = new HashSet<>();
        kinds.stream().map(Kind::name).filter(n -> !seen.add(n))
                .forEach(n -> s.errorAt("kinds", "names the kind \"" + n + "\" twice"));
        if (kinds.isEmpty() && list.isPresent()) {
            s.errorAt("kinds", "is empty; expected at least one kind");
        }
        ReviewRules rules = ReviewRulesConfig.read(s, kinds.stream().map(Kind::name)
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)));
        s.reportUnknownKeys();
        return new ReviewConfig(kinds, rules);
    }

    private static Optional<Kind> readKind(ConfigSection s, int i, ConfigValue item) {
        String path = s.keyPath("kinds") + "[" + i + "]";
        if (item.valueType() == ConfigValueType.OBJECT) {
            ConfigSection k = new ConfigSection(path, (ConfigObject) item, s.problems());
            Optional<String> name = k.required("name", "a kind name such as \"server\"").filter(n -> valid(k, path, n));
            Kind kind = new Kind(name.orElse(""), k.string("role"), k.string("device-type"), k.string("platform"));
            k.reportUnknownKeys();
            return name.map(n -> kind);
        }
        String name = String.valueOf(item.unwrapped()).trim();
        return valid(s, path, name) ? Optional.of(Kind.named(name)) : Optional.empty();
    }

    private static boolean valid(ConfigSection s, String path, String name) {
        if (name.matches("[a-z0-9][a-z0-9-]{0,31}")) {
            return true;
        }
        s.problems().error(path, "\"" + name + "\" is not a kind name; expected lower-case letters, digits and '-'");
        return false;
    }
}
