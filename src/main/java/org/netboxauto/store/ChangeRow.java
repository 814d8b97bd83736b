package org.netboxauto.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.netboxauto.core.HostChange;
import org.netboxauto.core.MacAddress;

/** A host change row; fields are "field\tbefore\tafter" lines. */
record ChangeRow(String mac, String kind, String hostname, String fields) {

    static ChangeRow of(HostChange c) {
        List<String> lines = c.fields().stream()
                .map(f -> clean(f.field()) + "\t" + clean(f.before()) + "\t" + clean(f.after())).toList();
        String joined = String.join("\n", lines);
        return new ChangeRow(c.mac().toString(), c.kind().name().toLowerCase(Locale.ROOT), c.hostname().orElse(null),
                joined.isEmpty() ? null : cap(joined));
    }

    HostChange toChange() {
        List<HostChange.FieldChange> list = new ArrayList<>();
        if (fields != null) {
            for (String line : fields.split("\n")) {
                String[] parts = line.split("\t", -1);
                if (parts.length == 3) {
                    list.add(new HostChange.FieldChange(parts[0], parts[1], parts[2]));
                }
            }
        }
        return new HostChange(HostChange.Kind.valueOf(kind.toUpperCase(Locale.ROOT)), MacAddress.of(mac),
                Optional.ofNullable(hostname), list);
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }

    private static String cap(String s) {
        return s.length() <= 4000 ? s : s.substring(0, 3999) + "…";
    }
}
