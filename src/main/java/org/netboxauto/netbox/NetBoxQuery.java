package org.netboxauto.netbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Query parameters of a list request, in order; a repeated name ORs its values as django-filter does. */
public record NetBoxQuery(List<Map.Entry<String, String>> params) {

    public static final NetBoxQuery NONE = new NetBoxQuery(List.of());

    public NetBoxQuery {
        params = List.copyOf(params);
    }

    public static NetBoxQuery of(String name, String value) {
        return NONE.and(name, value);
    }

    public NetBoxQuery and(String name, String value) {
        List<Map.Entry<String, String>> more = new ArrayList<>(params);
        more.add(Map.entry(name, value));
        return new NetBoxQuery(more);
    }

    public String encoded() {
        return params.stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
