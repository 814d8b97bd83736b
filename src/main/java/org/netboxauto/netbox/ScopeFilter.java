package org.netboxauto.netbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.netboxauto.config.NetBoxConfig;

/**
 * {@code netbox.scope} turned into filters on devices and VMs. NetBox silently ignores a filter
 * name it does not know, so every row read is checked against the scope too: a filter that was
 * dropped fails loudly instead of widening the comparison to the whole table.
 */
final class ScopeFilter {

    private final Optional<NamedRef> site;
    private final Optional<NamedRef> tenant;
    private final Optional<NamedRef> tag;

    private ScopeFilter(Optional<NamedRef> site, Optional<NamedRef> tenant, Optional<NamedRef> tag) {
        this.site = site;
        this.tenant = tenant;
        this.tag = tag;
    }

    /** @throws NetBoxException naming the key when a scope value matches nothing in NetBox */
    static ScopeFilter resolve(NetBoxClient client, NetBoxConfig.Scope scope) {
        return new ScopeFilter(
                scope.site().map(s -> find(client, "/api/dcim/sites/", "site", s)),
                scope.tenant().map(t -> find(client, "/api/tenancy/tenants/", "tenant", t)),
                scope.tag().map(t -> find(client, "/api/extras/tags/", "tag", t)));
    }

    private static NamedRef find(NetBoxClient client, String path, String key, String value) {
        List<JsonNode> rows = client.list(path, NetBoxQuery.of("slug", value));
        if (rows.isEmpty()) {
            rows = client.list(path, NetBoxQuery.of("name", value));
        }
        List<JsonNode> exact = rows.stream().filter(r -> value.equals(r.path("slug").asText())
                || value.equals(r.path("name").asText())).toList();
        if (exact.size() != 1) {
            throw new NetBoxException("netbox.scope." + key, "NetBox at " + client.baseUrl() + " has "
                    + (exact.isEmpty() ? "no " + key : exact.size() + " " + key + "s") + " with slug or name \""
                    + value + "\"; set netbox.scope." + key + " to an existing " + key + "'s slug");
        }
        JsonNode r = exact.getFirst();
        return new NamedRef(r.get("id").asLong(), r.path("name").asText(), r.path("slug").asText());
    }

    NetBoxQuery query() {
        NetBoxQuery q = NetBoxQuery.NONE;
        if (site.isPresent()) {
            q = q.and("site_id", Long.toString(site.get().id()));
        }
        if (tenant.isPresent()) {
            q = q.and("tenant_id", Long.toString(tenant.get().id()));
        }
        if (tag.isPresent()) {
            q = q.and("tag", tag.get().slug());
        }
        return q;
    }

    /** @throws NetBoxException when a row is outside the scope, i.e. NetBox ignored a filter */
    void verify(String path, List<JsonNode> rows) {
        for (JsonNode r : rows) {
            boolean inside = site.map(s -> r.path("site").path("id").asLong() == s.id()).orElse(true)
                    && tenant.map(t -> r.path("tenant").path("id").asLong() == t.id()).orElse(true)
                    && tag.map(t -> hasTag(r, t.slug())).orElse(true);
            if (!inside) {
                throw new NetBoxException("GET " + path, "NetBox returned " + r.path("display").asText()
                        + " (id " + r.path("id").asLong() + "), which is outside netbox.scope: it ignored a scope"
                        + " filter. Nothing was compared; report the NetBox version and this message");
            }
        }
    }

    private static boolean hasTag(JsonNode row, String slug) {
        for (JsonNode t : row.path("tags")) {
            if (slug.equals(t.path("slug").asText())) {
                return true;
            }
        }
        return false;
    }

    boolean isEmpty() {
        return site.isEmpty() && tenant.isEmpty() && tag.isEmpty();
    }
}
