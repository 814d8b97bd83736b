package org.netboxauto.core.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class FieldMapTest {

    private static Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", "web-1");
        fields.put("status", "active");
        fields.put("primary_ip4", null);
        fields.put("tags", List.of(Map.of("name", "netbox-auto")));
        return fields;
    }

    @Test
    void aCopyIsEqualToItsSourceAndToAnyMapOfTheSameFields() {
        Map<String, Object> copy = FieldMap.copyOf(fields());

        assertThat(copy).isEqualTo(fields()).isEqualTo(new HashMap<>(fields()));
        assertThat(copy.hashCode()).isEqualTo(fields().hashCode());
        assertThat(copy.toString()).isEqualTo(fields().toString());
        assertThat(copy).hasSize(4).containsEntry("status", "active").doesNotContainKey("site");
        assertThat(copy.containsKey("primary_ip4")).as("a field set to null is there").isTrue();
        assertThat(copy.get("primary_ip4")).isNull();
        assertThat(copy.get("site")).isNull();
        assertThat(copy.get(null)).isNull();
    }

    @Test
    void fieldsComeInTheOrderTheyWerePutAndTheCopyDoesNotFollowItsSource() {
        Map<String, Object> source = fields();
        Map<String, Object> copy = FieldMap.copyOf(source);
        source.put("site", 7);
        source.remove("name");

        List<String> walked = new ArrayList<>();
        copy.forEach((k, v) -> walked.add(k));
        assertThat(walked).containsExactly("name", "status", "primary_ip4", "tags");
        assertThat(copy.keySet()).containsExactly("name", "status", "primary_ip4", "tags");
        assertThat(copy.entrySet()).hasSize(4);
        var entries = copy.entrySet().iterator();
        for (int i = 0; i < 4; i++) {
            entries.next();
        }
        assertThatThrownBy(entries::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void itCannotBeChanged() {
        Map<String, Object> copy = FieldMap.copyOf(fields());

        assertThatThrownBy(() -> copy.put("status", "offline")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> copy.remove("name")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(copy::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThat(copy).isEqualTo(fields());
    }

    @Test
    void anEmptyCopyIsEmpty() {
        assertThat(FieldMap.copyOf(Map.of())).isEqualTo(Map.of()).isEmpty();
    }
}
